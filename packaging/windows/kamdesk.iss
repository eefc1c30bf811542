; KAMDesk for one Windows user, no administrator rights (Inno Setup 6).
; Build after `pyinstaller pyinstaller.spec` has made dist\KAMDesk\:
;     iscc /DAppVersion=0.1.0 packaging\windows\kamdesk.iss
; It writes dist\KAMDesk-<version>-windows-x64-setup.exe.
;
; The app goes to %LOCALAPPDATA%\Programs\KAMDesk, with a Start-menu shortcut and one on the
; desktop (ticked by default: reps start KAMDesk by double-clicking it; they may untick it). The office's data lives elsewhere, in %LOCALAPPDATA%\KAMDesk
; (kamdesk/paths.py), and the settings in the registry under HKCU\Software\KAMDesk: the uninstaller
; removes only what this setup installed, so both stay for a later install.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F0B7D2E-3C41-4B8E-9D52-7A1E5C0F4B21}
AppName=KAMDesk
AppVersion={#AppVersion}
AppVerName=KAMDesk {#AppVersion}
AppPublisher=KAMDesk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\KAMDesk
DisableProgramGroupPage=yes
DefaultGroupName=KAMDesk
UninstallDisplayIcon={app}\KAMDesk.exe
SetupIconFile=..\..\resources\icons\kamdesk.ico
OutputDir=..\..\dist
OutputBaseFilename=KAMDesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An update replaces the previous build's libraries whole: a file the new build no longer has must
; not stay behind to be loaded. Only the app's own folder: the data lives elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\KAMDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\KAMDesk"; Filename: "{app}\KAMDesk.exe"; Comment: "大客户管理 · Key-account management"
Name: "{userdesktop}\KAMDesk"; Filename: "{app}\KAMDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\KAMDesk.exe"; Description: "{cm:LaunchProgram,KAMDesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the office's data (%LOCALAPPDATA%\KAMDesk) and settings are never removed.
