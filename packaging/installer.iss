; Alliance Planner - Inno Setup 6 script: a per-user install that needs no administrator rights.
;
; Built by `python packaging/build.py --installer` (Windows), which passes the version from
; pyproject.toml and the folders:
;   ISCC /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 /DAppPublisher="..." ^
;        /DSourceDir=...\dist\alliance-desktop /DOutputDir=...\dist packaging\installer.iss
; Signing (optional): add  /Ssigntool="signtool sign /a /fd SHA256 /tr URL /td SHA256 $f" /DSignTool=signtool
;
; - installs to %LOCALAPPDATA%\Programs\Alliance Planner (PrivilegesRequired=lowest: no UAC prompt);
; - a Start-menu entry (and an optional desktop icon);
; - .alliance files open with the app on double-click (HKCU\Software\Classes only);
; - silent: AlliancePlanner-<version>-setup.exe /VERYSILENT /CURRENTUSER /NORESTART
; - the uninstaller removes the program folder and its registry keys, and never the user's data
;   (%LOCALAPPDATA%\AlliancePlanner: settings, log, backups, demo copies) nor project files.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif
#ifndef AppPublisher
  #define AppPublisher "Alliance Planner team"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\alliance-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

#define AppName "Alliance Planner"
#define AppExe "alliance-desktop.exe"
#define ProgId "AlliancePlanner.Project"

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{6E0C7F3A-9B1D-4C55-8A7E-2F4D3B9A1C60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany={#AppPublisher}
; Per user, no administrator: everything goes under the user's own profile and HKCU.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=AlliancePlanner-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Relative to this script's folder.
SetupIconFile=..\resources\icons\alliance-desktop.ico
ChangesAssociations=yes
; An open Alliance Planner is asked to close (Restart Manager) before files are replaced.
CloseApplications=yes
RestartApplications=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
finnish.ProjectFile=Allianssisuunnitelma
english.ProjectFile=Alliance plan
finnish.OpenWith=Avaa Allianssisuunnittelijalla
english.OpenWith=Open with Alliance Planner

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program folder's contents whole, so no file of an older build lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; The .alliance file type, for this user only (HKCU\Software\Classes). Double-click runs
; "alliance-desktop.exe" "<file>"; each double-click starts its own window (docs/packaging.md).
Root: HKCU; Subkey: "Software\Classes\.alliance"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.alliance\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFile}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenWith}"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "Open with" lists the program by its name.
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".alliance"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. The user's data (%LOCALAPPDATA%\AlliancePlanner) and project files stay.
Type: dirifempty; Name: "{app}"
