#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# btrfs ioctls on a real file system: btrfs-progs' read-only commands
# (filesystem df/usage/show/label, device stats/usage, subvolume
# list/show, inspect-internal rootid) traced with -e trace=ioctl by
# strace (the oracle) and by the tracer under test, in the default, -v
# and -X verbose styles; the two traces must be the same once addresses
# are masked. They exercise what strace's suite cannot without a btrfs
# mount: the exit side of FS_INFO, DEV_INFO, SPACE_INFO, TREE_SEARCH,
# GET_DEV_STATS, INO_LOOKUP, GET_FEATURES ...
#
#   bash tests/integration/btrfs.sh LTR
#
# Needs root, btrfs-progs (mkfs.btrfs, btrfs), a loop device and
# unshare: the image (a sparse file in a temporary directory) is mounted
# in a private mount namespace, so that nothing outside the test sees it,
# and unmounted (its loop device freed) when the test ends. Without them
# every test is skipped. Each command runs under a time limit; only the
# commands the test starts are traced.
# Prints "PASS name", "FAIL name: first difference" or "SKIP name: why",
# then "N passed, M failed, K skipped"; exits 1 if any test failed.

set -u

if [ $# -lt 1 ]; then
	echo "usage: $0 LTR" >&2
	exit 2
fi
LTR=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
STRACE=$(command -v strace) || { echo "$0: strace not found" >&2; exit 2; }

CMDS=("filesystem df" "filesystem usage -b" "filesystem show" "filesystem label"
	"device stats" "device usage -b" "subvolume list" "subvolume show"
	"inspect-internal rootid")
STYLES=("" "-v" "-X verbose")

skip_all() {
	local s c
	for s in "${STYLES[@]}"; do
		for c in "${CMDS[@]}"; do
			echo "SKIP btrfs $c${s:+ $s}: $1"
		done
	done
	echo "0 passed, 0 failed, $(( ${#STYLES[@]} * ${#CMDS[@]} )) skipped"
	exit 0
}

[ "$(id -u)" = 0 ] || skip_all "not root"
for tool in mkfs.btrfs btrfs unshare mount timeout; do
	command -v "$tool" >/dev/null || skip_all "$tool not found"
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ltr-btrfs.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
truncate -s 300M "$TMP/fs.img" && mkfs.btrfs -q "$TMP/fs.img" >/dev/null 2>&1 ||
	skip_all "mkfs.btrfs failed"
mkdir "$TMP/mnt"

# The part that runs in the private mount namespace: mount, a subvolume
# to list, then each command under both tracers.
cat > "$TMP/inner.sh" <<'EOF'
set -u
TMP=$1 LTR=$2 STRACE=$3
shift 3
mount -o loop "$TMP/fs.img" "$TMP/mnt" 2>/dev/null || { echo "MOUNT-FAILED"; exit 0; }
timeout 30 btrfs subvolume create "$TMP/mnt/sub" >/dev/null 2>&1
n=0
for style in "" "-v" "-X verbose"; do
	for cmd in "$@"; do
		n=$((n + 1))
		# shellcheck disable=SC2086 # the style and the command are words
		timeout 30 "$STRACE" -e trace=ioctl $style -o "$TMP/strace.$n" btrfs $cmd "$TMP/mnt" >/dev/null 2>&1
		# shellcheck disable=SC2086
		timeout 30 "$LTR" -e trace=ioctl $style -o "$TMP/ltr.$n" btrfs $cmd "$TMP/mnt" >/dev/null 2>&1
		echo "$n${style:+ $style}|$cmd"
	done
done
umount "$TMP/mnt"
EOF

timeout 600 unshare -m bash "$TMP/inner.sh" "$TMP" "$LTR" "$STRACE" "${CMDS[@]}" > "$TMP/runs" 2>&1
grep -q MOUNT-FAILED "$TMP/runs" && skip_all "the image could not be mounted"

pass=0 fail=0
mask() { sed -E 's/0x[0-9a-f]{6,}/ADDR/g' "$1"; }
while IFS='|' read -r id cmd; do
	n=${id%% *}
	style=${id#"$n"}
	name="btrfs $cmd$style"
	if [ ! -s "$TMP/strace.$n" ] || ! grep -q 'BTRFS_IOC\|FS_IOC' "$TMP/strace.$n"; then
		echo "FAIL $name: strace traced no btrfs or fs ioctl"
		fail=$((fail + 1))
	elif diff <(mask "$TMP/strace.$n") <(mask "$TMP/ltr.$n") > "$TMP/diff.$n"; then
		echo "PASS $name"
		pass=$((pass + 1))
	else
		echo "FAIL $name: $(grep -m1 '^>' "$TMP/diff.$n" | cut -c1-200)"
		fail=$((fail + 1))
	fi
done < "$TMP/runs"
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" = 0 ]
