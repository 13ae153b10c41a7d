#!/usr/bin/env python3
"""Benchmark our generator against Hugo on the shared release-notes corpus.

Called by bench/run.sh (which installs Hugo and /usr/bin/time when missing and builds the
generator in Release first). Standard library only.

For each page count N: generate the corpus once (bench/work/corpus-N, reused while the generator
script and N are the same), lay out a site root for our generator (bench/work/ours-N: the repo's
input/ copied in, the corpus as seeds/) and a Hugo site (bench/work/hugo-N: the corpus as
content/, hugo.toml and a minimal single/list layout), then run both alternately: one warm-up
each, then RUNS measured runs each, every run into an emptied output folder, timed by
/usr/bin/time -v (wall time, max RSS, user/sys CPU). Every run is appended as one JSON line to
bench/results/<date>-<machine>.jsonl and a table of medians is printed per N.
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
WORK = os.path.join(BENCH, "work")
RESULTS = os.path.join(BENCH, "results")
CORPUS_SCRIPT = os.environ.get("BENCH_CORPUS_SCRIPT", "/work/shared/bench/make-corpus.py")
# The native (AOT) program bench/run.sh publishes; the JIT build is src/Site/bin/Release/net10.0/site.dll.
SITE_DLL = os.path.join(WORK, "native", "site")
HUGO_FILES = os.path.join(BENCH, "hugo")  # hugo.toml and layouts/, copied into each Hugo site

# /usr/bin/time -v lines we keep.
TIME_FIELDS = {
    "Elapsed (wall clock) time (h:mm:ss or m:ss)": "wall",
    "Maximum resident set size (kbytes)": "max_rss_kb",
    "User time (seconds)": "user_s",
    "System time (seconds)": "sys_s",
    "Exit status": "exit",
    "Percent of CPU this job got": "cpu_percent",
    "Minor (reclaiming a frame) page faults": "minor_faults",
    "Voluntary context switches": "voluntary_cs",
    "Involuntary context switches": "involuntary_cs",
}


def log(message):
    print(message, file=sys.stderr, flush=True)


def file_sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def machine_name():
    cpu = "unknown-cpu"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{platform.node()}-{os.cpu_count()}c-{cpu}").strip("-").lower()
    return slug, cpu


def loadavg():
    try:
        with open("/proc/loadavg", encoding="utf-8") as f:
            return float(f.read().split()[0])
    except OSError:
        return None


def ensure_corpus(n):
    """bench/work/corpus-N, regenerated only when the generator script or N changed."""
    folder = os.path.join(WORK, f"corpus-{n}")
    stamp = os.path.join(WORK, f"corpus-{n}.stamp")
    wanted = f"{file_sha256(CORPUS_SCRIPT)} {n}\n"
    if os.path.isdir(folder) and os.path.exists(stamp) and open(stamp, encoding="utf-8").read() == wanted:
        return folder
    log(f"[corpus] generating {n} pages into {folder}")
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([sys.executable, CORPUS_SCRIPT, str(n), folder], check=True)
    with open(stamp, "w", encoding="utf-8") as f:
        f.write(wanted)
    return folder


def corpus_size(folder):
    files = [os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".md")]
    return len(files), sum(os.path.getsize(p) for p in files)


def link(target, name):
    if os.path.lexists(name):
        os.remove(name) if os.path.islink(name) else shutil.rmtree(name)
    os.symlink(os.path.relpath(target, os.path.dirname(name)), name)


def make_ours_root(n, corpus):
    """Site root for our generator: input/ from the repository, the corpus as seeds/ (no theme/: the shipped one)."""
    root = os.path.join(WORK, f"ours-{n}")
    os.makedirs(root, exist_ok=True)
    shutil.rmtree(os.path.join(root, "input"), ignore_errors=True)
    shutil.copytree(os.path.join(REPO, "input"), os.path.join(root, "input"))
    link(corpus, os.path.join(root, "seeds"))
    return root


def make_hugo_site(n, corpus):
    """Hugo site: bench/hugo/ (hugo.toml, layouts/) copied in, the corpus as content/."""
    root = os.path.join(WORK, f"hugo-{n}")
    os.makedirs(root, exist_ok=True)
    for name in ("hugo.toml", "layouts"):
        path = os.path.join(root, name)
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.remove(path)
    shutil.copy(os.path.join(HUGO_FILES, "hugo.toml"), os.path.join(root, "hugo.toml"))
    shutil.copytree(os.path.join(HUGO_FILES, "layouts"), os.path.join(root, "layouts"))
    link(corpus, os.path.join(root, "content"))
    return root


def parse_time_v(path):
    values = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            key, sep, value = line.strip().rpartition(": ")
            if not sep or key not in TIME_FIELDS:
                continue
            name = TIME_FIELDS[key]
            value = value.strip()
            if name == "wall":
                seconds = 0.0
                for part in value.split(":"):
                    seconds = seconds * 60 + float(part)
                values["wall_s"] = round(seconds, 3)
            elif name == "cpu_percent":
                values[name] = int(value.rstrip("%")) if value.rstrip("%").isdigit() else None
            elif name in ("user_s", "sys_s"):
                values[name] = float(value)
            else:
                values[name] = int(value)
    return values


def count_outputs(folder):
    html = files = 0
    for _, _, names in os.walk(folder):
        files += len(names)
        html += sum(1 for name in names if name.endswith(".html"))
    return html, files


TABLE_ROW = re.compile(r"^\|\s*([A-Za-z][\w ()]*?)\s*\|(.*)\|\s*(\d+)\s*\|\s*$")


def parse_ours_stdout(text):
    """Per-pipeline totals (ms) from the timing table, and the summary line's file count and seconds."""
    pipelines = {}
    for line in text.splitlines():
        m = TABLE_ROW.match(line)
        if m and m.group(1) != "Pipeline":
            pipelines[m.group(1)] = int(m.group(3))
    result = {"pipelines_ms": pipelines}
    m = re.search(r"^(Built|Checked|Failed:) (\d+) files.* in ([\d.]+) s: (\d+) errors, (\d+) warnings", text, re.M)
    if m:
        result.update(reported_files=int(m.group(2)), reported_s=float(m.group(3)),
                      errors=int(m.group(4)), warnings=int(m.group(5)))
    return result


def parse_hugo_stdout(text):
    m = re.search(r"^\s*Pages\s*\|\s*(\d+)", text, re.M)
    t = re.search(r"^Total in (\d+) ms", text, re.M)
    return {"reported_pages": int(m.group(1)) if m else None, "reported_s": int(t.group(1)) / 1000 if t else None}


DROP_CACHES = "/proc/sys/vm/drop_caches"


def settle_caches(corpus):
    """Same start for every run: kernel caches dropped (root only), then the corpus read back in.

    Measured on the benchmark VM (perf): with the caches left to grow over a series of builds, the
    kernel's ext4 inode allocation (`recently_deleted` -> `find_get_block_common`) slows down run
    after run, and system time of a 1,000-page build rose from 1.6 s to 12 s. Each tool pays it per
    file and folder it creates, so the drift would mostly measure the machine, not the tools.
    """
    try:
        subprocess.run(["sync"], check=False)
        with open(DROP_CACHES, "w", encoding="ascii") as f:
            f.write("3\n")
    except OSError:
        return False
    for name in os.listdir(corpus):
        with open(os.path.join(corpus, name), "rb") as f:
            f.read()
    return True


def launcher(program):
    """How to start our program: a .dll on the shared runtime (JIT), anything else as a native executable (AOT)."""
    return ["dotnet", program] if program.endswith(".dll") else [program]


def clear(out_parent, trash):
    """Empties the output parent: deleted, or with a trash folder moved into it (deleted at the end)."""
    if not os.path.exists(out_parent):
        return
    if trash is None:
        shutil.rmtree(out_parent, ignore_errors=True)  # the output and our generator's staging folders beside it
    else:
        os.makedirs(trash, exist_ok=True)
        os.rename(out_parent, os.path.join(trash, f"{len(os.listdir(trash)):04d}"))


def run_one(tool, n, site_root, out_parent, logs, run_index, warmup, extra_env, timeout, site_dll=SITE_DLL, corpus=None, trash=None):
    out = os.path.join(out_parent, tool)
    clear(out_parent, trash)
    os.makedirs(out_parent)
    settled = settle_caches(corpus) if corpus else False
    if tool == "ours":
        command = launcher(site_dll) + ["build", "--root", site_root, "--output", out]
    else:
        command = ["hugo", "--source", site_root, "--destination", out]
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
    if tool == "ours":
        env.update(extra_env)
    tag = f"{tool}-{n}-{'warmup' if warmup else run_index}"
    time_file = os.path.join(logs, tag + ".time")
    stdout_file = os.path.join(logs, tag + ".out")
    stderr_file = os.path.join(logs, tag + ".err")
    load = loadavg()
    started = time.time()
    with open(stdout_file, "w", encoding="utf-8") as so, open(stderr_file, "w", encoding="utf-8") as se:
        try:
            proc = subprocess.run(["/usr/bin/time", "-v", "-o", time_file] + command,
                                  stdout=so, stderr=se, env=env, timeout=timeout, cwd=REPO)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code = None
    record = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "n": n, "tool": tool, "run": run_index, "warmup": warmup,
        "command": " ".join(shlex.quote(c) for c in command),
        "env": extra_env if tool == "ours" else {},
        "loadavg_before": load, "loadavg_after": loadavg(),
        "timed_out": code is None,
        "caches_dropped": settled,
    }
    if code is not None:
        record.update(parse_time_v(time_file))
    else:
        record.update(wall_s=round(time.time() - started, 3), exit=None)
    with open(stdout_file, encoding="utf-8", errors="replace") as f:
        text = f.read()
    record.update(parse_ours_stdout(text) if tool == "ours" else parse_hugo_stdout(text))
    record["html_pages"], record["files"] = count_outputs(out) if os.path.isdir(out) else (0, 0)
    record["ok"] = record.get("exit") == 0
    clear(out_parent, trash)
    return record


def fmt_mb(kb):
    return f"{kb / 1024:.0f} MB" if kb is not None else "-"


def median(records, key):
    values = [r[key] for r in records if r.get(key) is not None]
    return statistics.median(values) if values else None


def summarize(n, corpus_info, records):
    tools = [t for t in ("ours", "hugo") if any(r["tool"] == t for r in records)]
    rows = {}
    for tool in tools:
        rs = [r for r in records if r["tool"] == tool and not r["warmup"]]
        cpu = [r["user_s"] + r["sys_s"] for r in rs if r.get("user_s") is not None]
        rows[tool] = {
            "runs": len(rs),
            "wall": median(rs, "wall_s"),
            "wall_min": min((r["wall_s"] for r in rs), default=None),
            "wall_max": max((r["wall_s"] for r in rs), default=None),
            "rss": median(rs, "max_rss_kb"),
            "cpu": statistics.median(cpu) if cpu else None,
            "sys": median(rs, "sys_s"),
            "html": sorted({r["html_pages"] for r in rs}),
            "files": sorted({r["files"] for r in rs}),
            "ok": f"{sum(r['ok'] for r in rs)}/{len(rs)}",
            "load": median(rs, "loadavg_before"),
        }
    pages, size = corpus_info
    lines = [f"", f"N = {n} pages ({size / 1e6:.1f} MB of markdown)", ""]
    header = f"| {'':6} | {'runs':>4} | {'wall median':>11} | {'wall min..max':>15} | {'max RSS median':>14} | {'CPU (user+sys)':>14} | {'of it sys':>9} | {'html pages':>10} | {'files':>7} | {'exit 0':>6} | {'load':>5} |"
    lines += [header, "|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|"]
    for tool, r in rows.items():
        span = f"{r['wall_min']:.2f}..{r['wall_max']:.2f} s" if r["wall_min"] is not None else "-"
        lines.append(
            f"| {tool:6} | {r['runs']:>4} | {r['wall']:>9.2f} s | {span:>15} | {fmt_mb(r['rss']):>14} | "
            f"{r['cpu']:>12.2f} s | {r['sys'] or 0:>7.2f} s | {','.join(map(str, r['html'])):>10} | {','.join(map(str, r['files'])):>7} | {r['ok']:>6} | {r['load'] or 0:>5.1f} |")
    if "ours" in rows and "hugo" in rows:
        o, h = rows["ours"], rows["hugo"]

        def ratio(a, b):
            return f"{a / b:.2f}x" if a and b else "-"
        lines.append(f"| ours/hugo   wall {ratio(o['wall'], h['wall'])}   max RSS {ratio(o['rss'], h['rss'])}   CPU {ratio(o['cpu'], h['cpu'])}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, help="page counts (default: $BENCH_SIZES or 1000 10000)")
    parser.add_argument("--runs", type=int, default=int(os.environ["BENCH_RUNS"]) if os.environ.get("BENCH_RUNS") else None,
                        help="measured runs per tool (default: 3 for N >= 10000, else 5)")
    parser.add_argument("--warmup", type=int, default=int(os.environ.get("BENCH_WARMUP", "1")), help="warm-up runs per tool (default 1)")
    parser.add_argument("--tools", default=os.environ.get("BENCH_TOOLS", "ours,hugo"), help="ours,hugo (default both)")
    parser.add_argument("--ours-env", action="append", default=[],
                        help="NAME=VALUE for our process only (e.g. DOTNET_gcServer=1); repeatable; also $BENCH_OURS_ENV (space separated)")
    parser.add_argument("--ours-dll", default=os.environ.get("BENCH_OURS_DLL", SITE_DLL),
                        help="our program to run: a native executable (default bench/work/native/site, the AOT publish of bench/run.sh) or a .dll run with dotnet (the JIT build, src/Site/bin/Release/net10.0/site.dll)")
    parser.add_argument("--label", default=os.environ.get("BENCH_LABEL", ""), help="free text stored with each record")
    parser.add_argument("--keep-caches", action="store_true", default=os.environ.get("BENCH_KEEP_CACHES") == "1",
                        help="do not drop the kernel's caches before each run (they are dropped when running as root)")
    parser.add_argument("--out-root", default=os.environ.get("BENCH_OUT_ROOT", WORK),
                        help="folder the outputs are written under (default bench/work; e.g. /dev/shm to take the disk's file system out)")
    parser.add_argument("--keep-outputs", action="store_true", default=os.environ.get("BENCH_KEEP_OUTPUTS") == "1",
                        help="move each run's output aside instead of deleting it, and delete them all after the last run of an N"
                             " (no file deleted in the minute before a run; see bench/README.md)")
    parser.add_argument("--timeout", type=int, default=int(os.environ.get("BENCH_TIMEOUT", "3600")), help="seconds per run")
    args = parser.parse_args()

    sizes = args.sizes or [int(s) for s in os.environ.get("BENCH_SIZES", "1000 10000").split()]
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    extra_env = dict(item.split("=", 1) for item in args.ours_env + os.environ.get("BENCH_OURS_ENV", "").split() if "=" in item)
    machine, cpu = machine_name()
    today = datetime.date.today().isoformat()
    os.makedirs(RESULTS, exist_ok=True)
    results_file = os.path.join(RESULTS, f"{today}-{machine}.jsonl")
    commit = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--", "src", "theme", "input"],
                                capture_output=True, text=True).stdout.strip())
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip() if "hugo" in tools else None
    dotnet_version = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip() if "ours" in tools else None
    log(f"[bench] machine {machine} ({os.cpu_count()} cores, {cpu}); commit {commit}{' (dirty)' if dirty else ''}; results -> {results_file}")

    summaries = []
    for n in sizes:
        runs = args.runs if args.runs is not None else (3 if n >= 10000 else 5)
        corpus = ensure_corpus(n)
        corpus_info = corpus_size(corpus)
        roots = {}
        if "ours" in tools:
            roots["ours"] = make_ours_root(n, corpus)
        if "hugo" in tools:
            roots["hugo"] = make_hugo_site(n, corpus)
        logs = os.path.join(WORK, "logs", f"{n}")
        os.makedirs(logs, exist_ok=True)
        out_parent = os.path.join(os.path.abspath(args.out_root), f"out-{n}")
        # Alternate: warm-ups first, then ours/hugo, hugo/ours, ... so drift in machine load hits both alike.
        schedule = [(t, 0, True) for _ in range(args.warmup) for t in tools]
        for i in range(1, runs + 1):
            order = tools if i % 2 == 1 else list(reversed(tools))
            schedule += [(t, i, False) for t in order]
        records = []
        trash = os.path.join(os.path.abspath(args.out_root), f"trash-{n}") if args.keep_outputs else None
        if trash is not None:
            # ext4 without a journal passes over inodes deleted in the last 60 s (see bench/README.md):
            # wait out whatever an earlier size or script deleted before the first run.
            clear(out_parent, None)
            log("[bench] --keep-outputs: waiting 61 s so that no inode was deleted in the last minute")
            time.sleep(61)
        for tool, index, warmup in schedule:
            record = run_one(tool, n, roots[tool], out_parent, logs, index, warmup, extra_env, args.timeout, os.path.abspath(args.ours_dll),
                             corpus=None if args.keep_caches else corpus, trash=trash)
            record.update(machine=machine, cpu=cpu, cores=os.cpu_count(), commit=commit, dirty=dirty, label=args.label,
                          corpus_pages=corpus_info[0], corpus_bytes=corpus_info[1], out_root=os.path.abspath(args.out_root),
                          outputs_kept=args.keep_outputs,
                          tool_version=hugo_version if tool == "hugo" else f"dotnet {dotnet_version}")
            records.append(record)
            with open(results_file, "a", encoding="utf-8") as f:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
            log(f"[run] N={n} {tool:4} {'warm-up' if warmup else f'run {index}'}: wall {record.get('wall_s')} s, "
                f"max RSS {fmt_mb(record.get('max_rss_kb'))}, cpu {record.get('user_s', 0) + record.get('sys_s', 0):.1f} s, "
                f"exit {record.get('exit')}, html {record['html_pages']}, load {record['loadavg_before']}")
        if trash is not None:
            shutil.rmtree(trash, ignore_errors=True)
        summary = summarize(n, corpus_info, records)
        summaries.append(summary)
        print(summary, flush=True)

    print("\nRaw results: " + os.path.relpath(results_file, REPO))
    print("Medians over the measured runs (warm-ups excluded). 'load' is the 1-minute load average before each run:"
          " on a shared machine compare CPU (user+sys) as well as wall time.")


if __name__ == "__main__":
    main()
