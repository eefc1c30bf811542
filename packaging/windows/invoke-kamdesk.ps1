# Run KAMDesk.exe with arguments, wait for it, show what it printed, and fail on a non-zero exit.
# KAMDesk.exe is a windowed program: PowerShell would not wait for it when called plainly, and
# would not see its exit code. Dot-source this file, then: Invoke-KAMDesk $exe demo --accounts 40
function Invoke-KAMDesk {
    param([Parameter(Mandatory)] [string] $Exe, [Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    $out = Join-Path $env:RUNNER_TEMP "kamdesk-out.txt"
    $err = Join-Path $env:RUNNER_TEMP "kamdesk-err.txt"
    $quoted = ($Arguments | ForEach-Object { '"' + $_ + '"' }) -join ' '
    $process = Start-Process -FilePath $Exe -ArgumentList $quoted -Wait -PassThru -NoNewWindow `
        -RedirectStandardOutput $out -RedirectStandardError $err
    $printed = Get-Content -Raw -Encoding utf8 $out
    Write-Host $printed
    Get-Content -Encoding utf8 $err | Write-Host
    if ($process.ExitCode -ne 0) { throw "KAMDesk $quoted exited with $($process.ExitCode)" }
    return $printed
}
