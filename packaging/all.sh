#!/usr/bin/env bash
# `make package`: the Linux and then the Windows artifacts, with one version.
. "$(dirname "$0")/common.sh"
echo "package: quotebench $QB_VERSION (app $QB_APP_VERSION build $QB_APP_BUILD${QB_PRERELEASE:+, $QB_PRERELEASE})"
bash packaging/linux.sh
bash packaging/windows.sh
