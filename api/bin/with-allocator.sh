#!/bin/sh
# Runs the command given (the API server) with the memory allocator it is measured with
# (docs/DESIGN.md, "Memory of the API process"): jemalloc when the machine has it (Debian and
# Ubuntu: `apt-get install libjemalloc2`), else glibc's malloc with two arenas.
#
# Why: under load the engine's result rows are freed among long-lived blocks, and glibc keeps
# the holes (65-75 MB on the national store) until malloc_trim, which nothing calls. jemalloc
# gives freed pages back on its own after a second (background_thread, dirty_decay_ms) and, with
# two arenas, used no more CPU per request than glibc (national store, both alternated twice):
# RSS after the bench's load 404/432 -> 347/369 MB. dirty_decay_ms:0 (give back at once) cost
# 20-60 % more CPU on the heavy questions for 10 MB; not used. Measured again and not used
# either: tcache:false (10-14 MB after the load, 3-14 % more CPU per request), tcache_max:4096
# (3 MB), narenas:1 (no better). What is left is the engine's own columns (DESIGN.md).
#
# MEMORY_ALLOCATOR=glibc keeps glibc's malloc; =jemalloc fails when the library is missing.
# JEMALLOC_LIBRARY names the library where it lies elsewhere than the usual places below.
# `exec` hands the process over, so the server keeps this pid and gets signals directly.
allocator="${MEMORY_ALLOCATOR:-auto}"
case "$allocator" in
  auto | jemalloc | glibc) ;;
  *)
    echo "MEMORY_ALLOCATOR must be auto, jemalloc or glibc, not \"$allocator\"" >&2
    exit 78
    ;;
esac
jemalloc=""
if [ "$allocator" != glibc ]; then
  for lib in ${JEMALLOC_LIBRARY:-/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 /usr/lib/aarch64-linux-gnu/libjemalloc.so.2 \
    /usr/lib64/libjemalloc.so.2 /usr/lib/libjemalloc.so.2 /usr/local/lib/libjemalloc.so.2}; do
    if [ -r "$lib" ]; then
      jemalloc="$lib"
      break
    fi
  done
fi
if [ -n "$jemalloc" ]; then
  export LD_PRELOAD="$jemalloc${LD_PRELOAD:+ $LD_PRELOAD}"
  export MALLOC_CONF="${MALLOC_CONF:-background_thread:true,narenas:2,dirty_decay_ms:1000,muzzy_decay_ms:0}"
elif [ "$allocator" = jemalloc ]; then
  echo "MEMORY_ALLOCATOR=jemalloc, but no readable libjemalloc.so.2 was found${JEMALLOC_LIBRARY:+ at $JEMALLOC_LIBRARY} (Debian/Ubuntu: apt-get install libjemalloc2)" >&2
  exit 78
else
  export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
fi
exec "$@"
