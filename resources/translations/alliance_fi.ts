<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>App</name>
    <message>
        <source>Alliance Planner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance Planner ran into an unexpected problem. Your project is safe: every change up to the last one was already saved in the file.

If this happens again, copy the details and send them to your support contact. A log is kept in:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>The party provides {count} chain steps (e.g. {example}); choose another provider for them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The view “{view}” is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} – Alliance Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved to the file at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only: you can look and export, but changes cannot be saved. Use File &gt; Save a copy as… to edit a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Alliance Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance project (*.alliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the imported project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Alliance Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance Planner {version}

Plan an alliance-model procurement of social and health services: phases, service chains, metrics and the commercial model. Works offline; every change is saved to the project file at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keusote – elderly-care alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HyvaKS – surgery alliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance project (*.alliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Rename project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total target cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next decision gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} service periods, {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service periods yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chains} chains · {metrics} metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} care steps, {parties} parties, {risks} risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change party role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change area status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the area (municipality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party was not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the file is kept each time it is opened. Choose a backup; it is saved as a new file and opened, and the current file stays as it is.
Backups are kept in: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the restored project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance project (*.alliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>New alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Alliance Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan an alliance-model procurement of social and health services: phases and decision gates, service chains, metrics and the commercial model, in one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh copy of a demo project, built from real alliance plans. Illustrative figures are marked as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
