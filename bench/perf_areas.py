#!/usr/bin/env python3
"""CPU by area of the build, from a `perf record -g` of the native program (symbols from site.dbg).

    python3 bench/perf_areas.py bench/work/prof/N/perf.data
    python3 bench/perf_areas.py bench/work/prof/N/perf.data --under ReleaseFactsAnalyzer__Analyze

Each sample counts once for every area one of its frames belongs to (inclusive: "Render pages"
contains "Razor" and "Page scan"), so the shares do not add up to 100 %. An area is a pattern
of frame names; the garbage collector's threads and the kernel are areas of their own.
With --under PATTERN: the samples with a frame matching PATTERN, by the frame it called and by
the innermost frame (where the time is spent).
"""

import re
import subprocess
import sys
from collections import Counter

AREAS = [
    ("Content: markdown module", r"RenderMarkdown__Render\b|RenderMarkdown__RenderCached"),
    ("  Markdig parse", r"Markdig_Parsers_MarkdownParser__Parse"),
    ("  release facts", r"ReleaseFactsAnalyzer__Analyze"),
    ("  search drafts", r"SearchIndexSession__Draft"),
    ("  link rewriting", r"LinkRewriter"),
    ("Content: language", r"DetectLanguage__Detect"),
    ("Content: read files", r"ReadFiles"),
    ("Catalog", r"CatalogBuilder__Build"),
    ("  feature merge", r"FeatureMerger"),
    ("Source pages: cross-links", r"CrossLinker__Link"),
    ("Page views (factories)", r"PageFactory__|SourcePageFactory__Create"),
    ("Render pages", r"RenderPages__Execute"),
    ("  Razor", r"PageHtmlRenderer__Write"),
    ("  page scan (links, ids)", r"RenderedPage__Scan"),
    ("  UTF-8 encode", r"Utf8__Encode"),
    ("  write files", r"StagingOutput__Write|StagingOutput__Create"),
    ("Search index (lunr shards)", r"LunrIndexBuilder|SearchIndexSession__Write|SearchIndexSession__Build|LunrIndexJson"),
    ("  search analysis", r"LunrAnalyzer__"),
    ("Link check", r"CheckInternalLinks"),
    ("Sitemap, feed", r"SitemapWriter|AtomWriter|SiteFiles"),
    ("Fingerprints", r"Fingerprint"),
]
GC = re.compile(r"^(SVR|WKS)::|GCHeap|gc_heap")


def samples(path):
    """(thread name, frames innermost first, innermost frame is in the kernel) per sample."""
    script = subprocess.run(["perf", "script", "-i", path, "-F", "comm,ip,sym"], capture_output=True, text=True, check=True).stdout
    for sample in script.split("\n\n"):
        lines = [l.strip() for l in sample.strip().splitlines()]
        if len(lines) < 2:
            continue
        frames = [l.split(None, 1)[1] if " " in l else "?" for l in lines[1:]]
        yield lines[0], frames, lines[1].startswith("ffffffff")


def under(path, pattern, top=25):
    pattern = re.compile(pattern)
    callees, leaves, total, matched = Counter(), Counter(), 0, 0
    for _, frames, _ in samples(path):
        total += 1
        hits = [i for i, f in enumerate(frames) if pattern.search(f)]
        if not hits:
            continue
        matched += 1
        outer = hits[-1]
        callees[frames[outer - 1] if outer > 0 else "(self)"] += 1
        leaves[frames[0]] += 1
    print(f"{matched} of {total} samples ({100 * matched / total:.1f} %) under {pattern.pattern}")
    for title, counter in (("called:", callees), ("innermost:", leaves)):
        print(title)
        for name, count in counter.most_common(top):
            print(f"  {100 * count / total:5.1f} %  {name[:150]}")


def main(path):
    compiled = [(name, re.compile(pattern)) for name, pattern in AREAS]
    counts, total, gc, kernel = Counter(), 0, 0, 0
    for thread, frames, in_kernel in samples(path):
        total += 1
        if "Server GC" in thread or GC.search(frames[0]):
            gc += 1
        elif in_kernel:
            kernel += 1
        for name, pattern in compiled:
            if any(pattern.search(f) for f in frames):
                counts[name] += 1
    print(f"{total} samples")
    print(f"{'garbage collector (its threads)':34} {100 * gc / total:5.1f} %")
    print(f"{'kernel (innermost frame)':34} {100 * kernel / total:5.1f} %")
    for name, _ in AREAS:
        print(f"{name:34} {100 * counts[name] / total:5.1f} %")


if __name__ == "__main__":
    args = sys.argv[1:]
    data = args[0] if args and not args[0].startswith("--") else "perf.data"
    if "--under" in args:
        under(data, args[args.index("--under") + 1])
    else:
        main(data)
