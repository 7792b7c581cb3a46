; vwdesk installer for Windows (Inno Setup 6.3 or newer). Build dist\vwdesk first
; (`make package` on Windows), then from the repository root:
;
;     iscc installer\vwdesk.iss
;
; Per-user: no administrator rights and no UAC prompt; installs into
; %LOCALAPPDATA%\Programs\vwdesk with a Start-menu entry. The uninstaller
; removes only what this installer put there: the team's data file (saved
; wherever the team leader chose), its .keys file and backups, the preferences
; and the log (%LOCALAPPDATA%\vwdesk) are never touched, so there is no
; [UninstallDelete] section on purpose.
;
; Code signing (README "Packaging"): sign dist\vwdesk\*.exe before compiling,
; and pass /DSign with a sign tool named "signtool" (/S) to sign setup and uninstaller.

#define AppName "vwdesk"
#define AppExe "vwdesk.exe"
#define Dist AddBackslash(SourcePath) + "..\dist\vwdesk"
#if !FileExists(Dist + "\" + AppExe)
  #error dist\vwdesk\vwdesk.exe is missing: run `make package` on Windows first
#endif
; The version is the one build.spec wrote into the executable (from pyproject.toml).
#define AppVersion GetStringFileInfo(Dist + "\" + AppExe, "ProductVersion")
#define AppNumbers GetVersionNumbersString(Dist + "\" + AppExe)

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{ECC4A200-D24F-42AB-B8B1-A23F39432909}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=vwdesk
VersionInfoVersion={#AppNumbers}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\build\vwdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Upgrades: close a running vwdesk first (its file is then closed and unlocked).
CloseApplications=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundled files whole: a migration script left over from an older
; version would still be read by Alembic (vwdesk/db/migrate.py) and break the upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
