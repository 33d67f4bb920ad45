//! Issue 19: the committed fuzz corpus (fuzz/corpus/TARGET/, seeds and
//! findings turned regression inputs) replayed through the fuzz targets'
//! own bodies (fuzz/targets.rs) on the stable toolchain: what the fuzzer
//! once found stays fixed, in every CI run, without nightly or libFuzzer.

#[path = "../fuzz/targets.rs"]
mod targets;

#[test]
fn every_fuzz_target_survives_its_committed_corpus() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    for (name, target) in targets::TARGETS {
        let mut inputs: Vec<_> = std::fs::read_dir(corpus.join(name))
            .unwrap_or_else(|e| panic!("fuzz/corpus/{name}: {e}"))
            .map(|e| e.unwrap().path())
            .collect();
        inputs.sort();
        assert!(!inputs.is_empty(), "fuzz/corpus/{name} holds at least one input");
        for input in inputs {
            let data = std::fs::read(&input).unwrap();
            eprintln!("{name}: {}", input.display());
            target(&data);
        }
    }
}
