"""Interleaved rounds of each command line given (label=command, as
argv words split on spaces): median wall time and median CPU time (user +
system of the waited process tree) per command, in ms. Round 0 warms up
and is not counted. Usage: floor-measure.py ROUNDS LABEL=COMMAND..."""
import resource
import statistics
import subprocess
import sys
import time

rounds = int(sys.argv[1])
commands = [arg.split("=", 1) for arg in sys.argv[2:]]
wall = {label: [] for label, _ in commands}
cpu = {label: [] for label, _ in commands}
for i in range(rounds + 1):
    for label, command in commands:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command.split(" "), stdout=subprocess.DEVNULL, check=True)
        end = time.perf_counter()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if i:
            wall[label].append((end - start) * 1000)
            cpu[label].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
for label, _ in commands:
    print(f"{label}\t{statistics.median(wall[label]):.2f}\t{statistics.median(cpu[label]):.2f}")
