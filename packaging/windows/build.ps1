<#
.SYNOPSIS
  Build CSBM Desktop for Windows: the PyInstaller one-folder build, a quick check of it, and the
  Inno Setup installer dist\csbm-desktop-<version>-windows-x64-setup.exe.

.DESCRIPTION
  NOT RUN IN THIS PROJECT'S CI, which has no Windows machine: these are the documented steps,
  written to be run as they are on a Windows 10/11 x64 build machine with
    - Python 3.11 x64 from python.org (the `py` launcher), and
    - Inno Setup 6.3 or newer (https://jrsoftware.org/isinfo.php, or `winget install JRSoftware.InnoSetup`).
  From the repository root, in PowerShell:
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
  Offline build machine: make a Windows wheelhouse that includes PyInstaller on any machine with
  the network (Linux is fine),
    python packaging/wheelhouse.py --platform win_amd64 --extra package --dest dist/wheelhouse-win
  copy it over with the checkout, and pass -Wheelhouse dist\wheelhouse-win.

.PARAMETER Python
  The Python 3.11 interpreter that creates the build venv (default: `py -3.11`'s).
.PARAMETER Wheelhouse
  Install from this folder only (no network), instead of PyPI.
.PARAMETER Iscc
  Path of Inno Setup's ISCC.exe (default: looked up in Program Files and on the PATH).
.PARAMETER SkipInstaller
  Stop after the one-folder build and its check.
#>
param(
    [string]$Python = "",
    [string]$Wheelhouse = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))

# PowerShell does not stop on a failing native command by itself. A simple function (no param
# block), so that arguments such as -m reach the program untouched.
function Invoke-Native {
    $exe, $rest = $args
    & $exe @rest
    if ($LASTEXITCODE -ne 0) { throw "$exe $($rest -join ' ') failed with exit code $LASTEXITCODE" }
}

if (-not $Python) { $Python = (& py -3.11 -c "import sys; print(sys.executable)").Trim() }
$venv = ".venv-win"
$py = Join-Path $venv "Scripts\python.exe"

Write-Host "== build venv ($venv) from $Python"
if (-not (Test-Path $py)) { Invoke-Native $Python -m venv $venv }
if ($Wheelhouse) {
    # Everything from the folder, the project's own wheel included (an editable install would
    # need the build backend, which a wheelhouse does not carry); the spec analyses the checkout.
    Invoke-Native $py -m pip install --no-index --find-links $Wheelhouse "csbm-desktop[package]"
} else {
    Invoke-Native $py -m pip install --upgrade pip
    Invoke-Native $py -m pip install -e ".[package]"
}

Write-Host "== translations and icons"
Invoke-Native $py packaging\translations.py build
Invoke-Native $py packaging\icons.py check
$version = (& $py -c "import csbm_desktop; print(csbm_desktop.__version__)").Trim()

Write-Host "== PyInstaller one-folder build $version"
$started = Get-Date
Invoke-Native $py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\csbm-desktop.spec
$bundle = "dist\csbm-desktop"
Write-Host ("built in {0:N0} s" -f ((Get-Date) - $started).TotalSeconds)

Write-Host "== check the build"
$scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("csbm-check-" + [guid]::NewGuid())
New-Item -ItemType Directory $scratch | Out-Null
try {
    $env:CSBM_DB = Join-Path $scratch "csbm.sqlite3"
    $password = Join-Path $scratch "password"
    # UTF-8 without a byte-order mark (Windows PowerShell's Set-Content -Encoding utf8 adds one).
    [System.IO.File]::WriteAllText($password, "build-check-passphrase`n")
    Invoke-Native "$bundle\csbm.exe" --version
    Invoke-Native "$bundle\csbm.exe" user add admin --role administrator --role drafter --new-password-file $password
    $id = (& "$bundle\csbm.exe" --user admin --password-file $password demo).Trim()
    if ($LASTEXITCODE -ne 0) { throw "csbm demo failed" }
    Invoke-Native "$bundle\csbm.exe" --user admin --password-file $password export $id `
        --pdf (Join-Path $scratch "report.pdf") --xlsx (Join-Path $scratch "report.xlsx") --lang es
    Remove-Item Env:CSBM_DB
    # The GUI is a windowed program: PowerShell would not wait for it, Start-Process -Wait does.
    $env:QT_QPA_PLATFORM = "offscreen"
    $env:CSBM_QUIT_AFTER_SHOW = "1"
    $gui = Start-Process -FilePath "$bundle\csbm-desktop.exe" -ArgumentList @("--db", (Join-Path $scratch "gui.sqlite3")) -Wait -PassThru
    Remove-Item Env:QT_QPA_PLATFORM, Env:CSBM_QUIT_AFTER_SHOW
    if ($gui.ExitCode -ne 0) { throw "csbm-desktop.exe exited with $($gui.ExitCode)" }
    Write-Host "build check passed: report $id exported, the window opened and closed"
} finally {
    Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
}

if ($SkipInstaller) { exit 0 }

Write-Host "== Inno Setup installer"
if (-not $Iscc) {
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $Iscc = $candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $Iscc) { $Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source }
    if (-not $Iscc) { throw "ISCC.exe not found: install Inno Setup 6.3+ or pass -Iscc PATH" }
}
Invoke-Native $Iscc "/DAppVersion=$version" packaging\windows\csbm-desktop.iss
$setup = "dist\csbm-desktop-$version-windows-x64-setup.exe"
(Get-FileHash -Algorithm SHA256 $setup).Hash.ToLower() + "  " + (Split-Path $setup -Leaf) |
    Set-Content -Path "$setup.sha256" -Encoding ascii
Write-Host "installer: $setup"
