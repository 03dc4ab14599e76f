; Inno Setup 6 script: the Windows installer for the PyInstaller one-folder build.
;
; NOT BUILT OR RUN IN THIS PROJECT'S CI: it has no Windows machine. packaging/windows/build.ps1
; makes dist\csbm-desktop\ with packaging\csbm-desktop.spec and then compiles this file:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\csbm-desktop.iss
; giving dist\csbm-desktop-<version>-windows-x64-setup.exe.
;
; Per user (default, no administrator rights: %LOCALAPPDATA%\Programs) or for all users
; (Program Files): the first page asks, and /ALLUSERS or /CURRENTUSER choose on the command line.
; Silent install for managed roll-outs: setup.exe /VERYSILENT /ALLUSERS /TASKS="addtopath".
; The uninstaller removes the program only: the reports database stays in the user's
; %LOCALAPPDATA%\csbm-desktop\ folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\csbm-desktop"
#endif
#define AppName "CSBM Desktop"
#define GuiExe "csbm-desktop.exe"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{4762ABC4-60A1-4E62-8F2A-AB3F527D316F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CSBM Desktop developers
AppComments=Prepare, review, sign and export the annual CSBM report to the OAS, offline.
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 (1809) and later.
MinVersion=10.0.17763
ChangesEnvironment=yes
CloseApplications=yes
SetupIconFile=..\..\resources\icons\csbm-desktop.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=csbm-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"

[CustomMessages]
en.AddToPath=Add the csbm command line to the PATH
es.AddToPath=Añadir la línea de comandos csbm al PATH
fr.AddToPath=Ajouter la ligne de commande csbm au PATH
ptbr.AddToPath=Adicionar a linha de comando csbm ao PATH
pt.AddToPath=Adicionar a linha de comandos csbm ao PATH
en.AppComment=Prepare, review, sign and export the annual CSBM report to the OAS
es.AppComment=Preparar, revisar, firmar y exportar el informe anual de MFCS a la OEA
fr.AppComment=Préparer, réviser, signer et exporter le rapport annuel sur les MDCS à l'OEA
ptbr.AppComment=Preparar, revisar, assinar e exportar o relatório anual de MFCS à OEA
pt.AppComment=Preparar, rever, assinar e exportar o relatório anual de MFCS à OEA

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
; The whole one-folder build: csbm-desktop.exe (windowed), csbm.exe (console) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the libraries wholesale, so that no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The PATH entry for csbm.exe: the user's PATH for a per-user install, the system's for an
  all-users one; removed again by the uninstaller. }
const
  UserEnvKey = 'Environment';
  SystemEnvKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';

function EnvRoot: Integer;
begin
  if IsAdminInstallMode then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

function EnvKey: String;
begin
  if IsAdminInstallMode then
    Result := SystemEnvKey
  else
    Result := UserEnvKey;
end;

{ Position of Dir in the ';'-separated Paths (1-based, in Paths), or 0. }
function PathEntryPos(const Paths, Dir: String): Integer;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';');
end;

procedure AddToPath(const Dir: String);
var
  Paths: String;
begin
  if not RegQueryStringValue(EnvRoot, EnvKey, 'Path', Paths) then
    Paths := '';
  if PathEntryPos(Paths, Dir) > 0 then
    Exit;
  if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then
    Paths := Paths + ';';
  RegWriteExpandStringValue(EnvRoot, EnvKey, 'Path', Paths + Dir);
end;

procedure RemoveFromPath(const Dir: String);
var
  Paths: String;
  P: Integer;
begin
  if not RegQueryStringValue(EnvRoot, EnvKey, 'Path', Paths) then
    Exit;
  P := PathEntryPos(Paths, Dir);
  if P = 0 then
    Exit;
  { The entry is Paths[P .. P + Length(Dir) - 1]; take its following ';' with it. }
  Delete(Paths, P, Length(Dir) + 1);
  if Copy(Paths, Length(Paths), 1) = ';' then
    Delete(Paths, Length(Paths), 1);
  RegWriteExpandStringValue(EnvRoot, EnvKey, 'Path', Paths);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddToPath(ExpandConstant('{app}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
