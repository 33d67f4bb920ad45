# Resolves scripts/hot-functions.txt against the symbols a link or a
# binary defines, as scripts/link-ordered hands it to the linker and the
# benchmarks count it (scripts/lib/bench-common.sh).
# Input: the file named by -v symbols=PATH (`nm` output), then the list.
# A listed name that is defined is kept; one that is not is looked up
# without its ThinLTO `.llvm.NUMBER` suffix (which changes whenever the
# function's module does), and every promoted function of that name
# takes its place. Prints the resolved names, or with -v count=1 only
# "FOUND LISTED": how many listed names were found either way.
FILENAME == symbols {
    if (NF == 3) { have[$3] = 1; base = $3; sub(/[.]llvm[.][0-9]+$/, "", base); if (base != $3) alias[base] = alias[base] " " $3 }
    next
}
/^#/ || NF == 0 { next }
{ listed++ }
$0 in have { found++; if (!count && !out[$0]++) print; next }
{
    base = $0; sub(/[.]llvm[.][0-9]+$/, "", base)
    if (!(base in alias)) next
    found++
    if (count) next
    n = split(alias[base], names, " ")
    for (i = 1; i <= n; i++) if (!out[names[i]]++) print names[i]
}
END { if (count) print found + 0, listed + 0 }
