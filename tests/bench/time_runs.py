#!/usr/bin/python3
"""Runs a command several times, each run a process of its own, and prints the median wall-clock and
the median CPU time (user + system of the process and its children) in seconds: "WALL CPU".

    time_runs.py RUNS COMMAND [ARG...]

The command is started with posix_spawn (no copy of this interpreter) with its output discarded, and
waited for with wait4, whose resource usage is the process's own to the microsecond.
"""
import os
import statistics
import sys
import time


def main():
    runs = int(sys.argv[1])
    command = sys.argv[2:]
    walls, cpus = [], []
    devnull = os.open(os.devnull, os.O_RDWR)
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    for _ in range(runs):
        start = time.perf_counter()
        pid = os.posix_spawnp(command[0], command, os.environ, file_actions=actions)
        _, _, usage = os.wait4(pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
    print("%.4f %.4f" % (statistics.median(walls), statistics.median(cpus)))


if __name__ == "__main__":
    main()
