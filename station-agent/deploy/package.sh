#!/bin/sh
# Builds the agent's Linux package: the agent jar with a Java runtime of its own made by jlink, the
# launcher and the systemd unit, as loa-agent-VERSION-linux-x64.tar.gz. A radio PC then needs nothing
# installed first (README, "The agent package"). Run by the build at `package` when the JDK has its jmods.
# Usage: package.sh AGENT_JAR OUT_DIR VERSION JDK_HOME
set -eu
jar=$1 out=$2 version=$3 jdk=$4
deploy=$(dirname "$(readlink -f "$0")")
name=loa-agent-$version-linux-x64
root=$out/$name
rm -rf "$root" "$out/$name.tar.gz"
mkdir -p "$root/bin" "$root/lib" "$root/deploy"
# The modules the agent uses (jdeps --print-module-deps on the jar), TLS's elliptic curves and zip
# file systems for the audio libraries; nothing else, to keep the download small for a poor link.
"$jdk/bin/jlink" --add-modules java.base,java.desktop,java.management,java.net.http,java.sql,java.logging,jdk.crypto.ec,jdk.zipfs \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$root/runtime"
cp "$jar" "$root/lib/loa-agent.jar"
cp "$deploy/loa-agent" "$root/bin/loa-agent"
chmod 755 "$root/bin/loa-agent"
cp "$deploy/loa-agent.service" "$deploy/loa-agent-winsw.xml" "$root/deploy/"
tar -C "$out" -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz"
