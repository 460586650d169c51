#!/usr/bin/env bash
# The one test command. Installs what the tests need when it is absent, then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test PartnershipBot.sln --nologo
