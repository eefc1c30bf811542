#!/bin/sh
# KAMDesk for one user, no root: the app under the user's data folder, a menu entry, icons.
#
#     ./install.sh               install (or update) the KAMDesk folder next to this script
#     ./install.sh --uninstall   remove exactly what an install added
#
# The office's data (~/.local/share/KAMDesk: the database, backups) and the settings are never
# touched: uninstalling leaves them for a later install. Plain POSIX sh, so it runs on any Linux
# desktop, UOS and Kylin included. No cache is rebuilt: desktops watch these folders, and a per-user
# icon-theme.cache (gtk-update-icon-cache) would go stale and hide other programs' icons.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_home="$data_home/kamdesk-app"           # the app itself; replaced whole on update
manifest="$app_home/installed-files"        # every file added outside it, for uninstall
desktop_file="$data_home/applications/kamdesk.desktop"
icons="$data_home/icons/hicolor"
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)  # CDPATH would make cd print the folder

say() { printf '%s\n' "$*"; }
fail() { say "install.sh: $*" >&2; exit 1; }

uninstall() {
    if [ ! -d "$app_home" ]; then
        say "KAMDesk is not installed for $(id -un) (no $app_home)."
        return 0
    fi
    if [ -f "$manifest" ]; then
        while IFS= read -r file; do
            case $file in
                "$data_home"/applications/*|"$icons"/*) rm -f "$file" ;;  # only where install writes
            esac
        done < "$manifest"
    fi
    rm -rf "$app_home"
    say "KAMDesk removed. Your office's data stays in $data_home/KAMDesk."
}

install() {
    source_app="$here/KAMDesk"
    [ -x "$source_app/KAMDesk" ] || fail "no KAMDesk/KAMDesk next to this script ($here)"
    mkdir -p "$data_home/applications" "$icons"
    staging="$app_home.new.$$"
    rm -rf "$staging"
    mkdir -p "$staging"
    cp -R "$source_app" "$staging/KAMDesk"
    cp "$here/$(basename "$0")" "$staging/install.sh"  # so the installed copy can uninstall itself
    chmod 755 "$staging/install.sh"
    : > "$staging/installed-files"
    # the old copy goes only once the new one is whole: an interrupted update leaves a working app
    rm -rf "$app_home.old"
    [ -d "$app_home" ] && mv "$app_home" "$app_home.old"
    mv "$staging" "$app_home"
    rm -rf "$app_home.old"

    for size_dir in "$app_home"/KAMDesk/_internal/resources/icons/hicolor/*x*; do
        [ -f "$size_dir/apps/kamdesk.png" ] || continue
        size=$(basename "$size_dir")
        mkdir -p "$icons/$size/apps"
        cp "$size_dir/apps/kamdesk.png" "$icons/$size/apps/kamdesk.png"
        say "$icons/$size/apps/kamdesk.png" >> "$manifest"
    done
    if [ -f "$app_home/KAMDesk/_internal/resources/icons/kamdesk.svg" ]; then
        mkdir -p "$icons/scalable/apps"
        cp "$app_home/KAMDesk/_internal/resources/icons/kamdesk.svg" "$icons/scalable/apps/kamdesk.svg"
        say "$icons/scalable/apps/kamdesk.svg" >> "$manifest"
    fi

    cat > "$desktop_file" <<EOF
[Desktop Entry]
Type=Application
Version=1.0
Name=KAMDesk
GenericName=Key-account management
GenericName[zh_CN]=大客户管理
Comment=Keep your key accounts: visits, the 1-2-4 board, feedback, reviews
Comment[zh_CN]=大客户管理：深度沟通记录、一个沟通二个一致四个保证看板、客户反馈与季度报告
Exec="$app_home/KAMDesk/KAMDesk"
TryExec=$app_home/KAMDesk/KAMDesk
Icon=kamdesk
Terminal=false
Categories=Office;ContactManagement;Qt;
Keywords=CRM;key account;customer;大客户;客户管理;
StartupWMClass=KAMDesk
EOF
    say "$desktop_file" >> "$manifest"
    say "KAMDesk installed in $app_home; it is in your applications menu as KAMDesk."
}

case "${1:-}" in
    --uninstall) uninstall ;;
    "") install ;;
    *) fail "unknown option $1 (use --uninstall to remove KAMDesk)" ;;
esac
