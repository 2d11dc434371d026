"""First-visit download sizes of a Waymark build (called by scripts/size-report)."""
import gzip
import html.parser
import pathlib
import subprocess
import sys

BUDGET = 205 * 1024  # bytes, brotli, whole English first visit (160 before Learn, shared-device mode and embedding; team goal: 100 KB)


class Assets(html.parser.HTMLParser):
    """Collects the files index.html makes the browser download."""

    def __init__(self):
        super().__init__()
        self.files = []
        self.in_importmap = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        # The import map only names modules loaded later, on demand.
        self.in_importmap = tag == "script" and a.get("type") == "importmap"
        url = a.get("src") or (a.get("href") if tag == "link" else None)
        if url and "://" not in url and not url.startswith("#"):
            self.files.append(url.removeprefix("./"))

    def handle_endtag(self, tag):
        self.in_importmap = False

    def handle_data(self, data):
        if self.in_importmap:
            return
        # Trunk's inline loader imports the JS glue and the WASM by name.
        for token in data.replace("'", '"').split('"'):
            token = token.removeprefix("./")
            if token.endswith((".js", ".wasm")) and "/" not in token:
                self.files.append(token)


def sizes(path):
    raw = path.read_bytes()
    br = subprocess.run(["brotli", "-q", "11", "-c", str(path)], capture_output=True, check=True).stdout
    return len(raw), len(gzip.compress(raw, 9)), len(br)


def main(dist, check):
    dist = pathlib.Path(dist)
    parser = Assets()
    parser.feed((dist / "index.html").read_text())
    shell = ["index.html"] + list(dict.fromkeys(parser.files)) + ["config.json", "sw.js"]
    locales = sorted(p.name for p in (dist / "locales").iterdir() if p.is_dir())
    kb = lambda n: f"{n / 1024:7.1f}"
    english_total = None
    for locale in locales:
        # en-GB is compiled into the WASM; other locales download theirs.
        # The shell loads only its own area (shell.ftl); feature modules load theirs.
        extra = [] if locale == "en-GB" else [f"locales/{locale}/shell.ftl"]
        if any(not (dist / name).exists() for name in extra):
            print(f"\nlocale {locale}: no shell.ftl, not counted")
            continue
        total = [0, 0, 0]
        rows = []
        for name in shell + extra:
            s = sizes(dist / name)
            total = [t + x for t, x in zip(total, s)]
            rows.append(f"{name:48} {kb(s[0])} {kb(s[1])} {kb(s[2])}")
        if locale == "en-GB":
            english_total = total[2]
            print("\nFirst visit to the home page, locale en-GB (KB = 1024 bytes)")
            print(f"{'file':48} {'raw':>8} {'gzip':>8} {'brotli':>8}")
            print("\n".join(rows))
            print(f"{'total':48} {kb(total[0])} {kb(total[1])} {kb(total[2])}")
        else:
            print(f"\nFirst visit, locale {locale}: {kb(total[2]).strip()} KB brotli (shell.ftl {kb(sizes(dist / extra[0])[2]).strip()})")
    embed = dist / "embed.js"
    if embed.exists():
        import json
        # The script embed (docs/embedding.md): its files instead of index.html, the
        # stylesheet, the service worker; the page and its own files are the service's.
        text = embed.read_text()
        files = json.loads(text[text.index("{"): text.index(";\n")])
        names = ["embed.js", files["css"], *files["now"], files["wasm"], "config.json"]
        total = [sum(sizes(dist / n)[i] for n in names) for i in range(3)]
        print(f"\nScript embed, English first visit (embed.js, scoped stylesheet, shell, config): "
              f"{kb(total[2]).strip()} KB brotli; embed.js {kb(sizes(embed)[2]).strip()}, stylesheet {kb(sizes(dist / files['css'])[2]).strip()}")
    content = dist / "content"
    if content.exists():
        print("\nLearn (content pack, downloaded when Learn is opened; brotli KB)")
        for locale in sorted(p.name for p in content.iterdir() if p.is_dir()):
            index = [content / "pack.json", content / "en-GB" / "index.ftl"]
            if locale != "en-GB" and (content / locale / "index.ftl").exists():
                index.append(content / locale / "index.ftl")
            list_kb = sum(sizes(f)[2] for f in index)
            topics = sorted((content / locale / "topics").glob("*.md")) if (content / locale / "topics").exists() else []
            sized = [sizes(t)[2] for t in topics]
            if sized:
                print(f"  {locale:8} list {kb(list_kb).strip():>5}; a topic {kb(min(sized)).strip()}–{kb(max(sized)).strip()} ({len(sized)} topics)")
    print(f"\nBudget: {BUDGET / 1024:.0f} KB brotli for the English first visit; used {english_total / 1024:.1f} KB.")
    if check and english_total > BUDGET:
        print("OVER BUDGET", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] == "1"))
