; Inno Setup 6 script: a per-user installer (no administrator rights) for the Windows bundle.
; Build on Windows after `make bundle` there (or the spec by hand):
;   iscc /DAppVersion=<version from desktop_app\__init__.py> packaging\windows\readiness-planner.iss
; The version is passed in, never written here: it lives in desktop_app/__init__.py only.
; Installs to %LOCALAPPDATA%\Programs\GenAI Readiness Planner, adds a Start-menu entry, and associates
; .readiness files with the app (HKCU, so only for this user); the uninstaller removes all of it and
; leaves the user's assessments, settings and logs alone.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z readiness-planner.iss
#endif

[Setup]
AppId={{6E0C5A7B-2F4D-4C61-9B1E-7A52D3C4E8F1}
AppName=GenAI Readiness Planner
AppVersion={#AppVersion}
AppPublisher=GenAI Readiness Planner project
DefaultDirName={autopf}\GenAI Readiness Planner
DefaultGroupName=GenAI Readiness Planner
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\dist
OutputBaseFilename=readiness-planner-{#AppVersion}-windows-setup
SetupIconFile=..\icons\readiness-planner.ico
UninstallDisplayIcon={app}\readiness-planner.exe
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\build\dist\readiness-planner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\GenAI Readiness Planner"; Filename: "{app}\readiness-planner.exe"
Name: "{userdesktop}\GenAI Readiness Planner"; Filename: "{app}\readiness-planner.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; .readiness -> ReadinessPlanner.Assessment -> "readiness-planner.exe" "%1" (per user, removed on uninstall)
Root: HKA; Subkey: "Software\Classes\.readiness"; ValueType: string; ValueName: ""; ValueData: "ReadinessPlanner.Assessment"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.readiness"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-genai-readiness"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ReadinessPlanner.Assessment"; ValueType: string; ValueName: ""; ValueData: "GenAI readiness assessment"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ReadinessPlanner.Assessment\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\readiness-planner.exe,0"
Root: HKA; Subkey: "Software\Classes\ReadinessPlanner.Assessment\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\readiness-planner.exe"" ""%1"""

[Run]
Filename: "{app}\readiness-planner.exe"; Description: "Start GenAI Readiness Planner"; Flags: nowait postinstall skipifsilent
