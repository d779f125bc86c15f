"""Help an official can use offline (issue 22): search across the plan, the glossary, the user guide."""
