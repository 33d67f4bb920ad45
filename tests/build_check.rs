//! Issues 14 and 16: `build --check` and `compose build --check` run
//! BuildKit's Dockerfile build checks instead of building, and print what
//! they find as docker buildx does (exit 1 when they find anything).

use crate::common;
use common::build::ctx;
use common::*;

/// Most rules broken once each, on the lines given in `EXPECTED`.
const BROKEN: &str = "ARG BASE=bb
FROM ${BASEE:-bb} AS Builder
run true
CMD echo a
CMD [\"b\"]
WORKDIR app
ENV API_KEY=x
EXPOSE 80/TCP
FROM bb as builder
MAINTAINER me
COPY $NOPE /x
";

const EXPECTED: &[(&str, usize, &str)] = &[
    ("UndefinedArgInFrom", 2, "FROM argument 'BASEE' is not declared (did you mean BASE?)"),
    ("StageNameCasing", 2, "Stage name 'Builder' should be lowercase"),
    ("ConsistentInstructionCasing", 3, "Command 'run' should match the case of the command majority (uppercase)"),
    ("MultipleInstructionsDisallowed", 4, "Multiple CMD instructions should not be used in the same stage because only the last one will be used"),
    ("JSONArgsRecommended", 4, "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals"),
    ("WorkdirRelativePath", 6, "Relative workdir \"app\" can have unexpected results if the base image changes"),
    ("SecretsUsedInArgOrEnv", 7, "Do not use ARG or ENV instructions for sensitive data (ENV \"API_KEY\")"),
    ("ExposeProtoCasing", 8, "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase"),
    ("FromAsCasing", 9, "'as' and 'FROM' keywords' casing do not match"),
    ("DuplicateStageName", 9, "Duplicate stage name \"builder\", stage names should be unique"),
    ("MaintainerDeprecated", 10, "Maintainer instruction is deprecated in favor of using label"),
    ("UndefinedVar", 11, "Usage of undefined variable '$NOPE'"),
];

/// `(rule, line, detail)` of each warning a report prints.
fn warnings(report: &str) -> Vec<(String, usize, String)> {
    let lines: Vec<&str> = report.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.strip_prefix("WARNING: ") else { continue };
        let rule = rest.split(" - ").next().unwrap().to_string();
        let at = lines[i + 2].rsplit(':').next().unwrap().parse().unwrap();
        found.push((rule, at, lines[i + 1].to_string()));
    }
    found
}

#[test]
fn check_reports_each_rule_with_its_lines_and_builds_nothing() {
    require_host();
    let store = Store::new();
    store.write_file("ctx/Dockerfile", BROKEN);
    let out = store.skiff(&["build", "--check", "-t", "never", &ctx(&store)]);
    out.code(1).stdout_has(&format!("Check complete, {} warnings have been found!\n", EXPECTED.len()));
    let mut found = warnings(&out.stdout);
    let mut expected: Vec<(String, usize, String)> = EXPECTED.iter().map(|(r, l, d)| (r.to_string(), *l, d.to_string())).collect();
    assert_eq!(found.iter().map(|w| w.1).collect::<Vec<_>>(), { let mut lines: Vec<usize> = expected.iter().map(|w| w.1).collect(); lines.sort(); lines }, "in line order: {}", out.stdout);
    found.sort();
    expected.sort();
    assert_eq!(found, expected, "{}", out.stdout);
    // As buildx: the rule's link, then the instruction among its neighbours.
    out.stdout_has(
        "\nWARNING: WorkdirRelativePath - https://docs.docker.com/go/dockerfile/rule/workdir-relative-path/\n\
         Relative workdir \"app\" can have unexpected results if the base image changes\n\
         Dockerfile:6\n\
         --------------------\n   \
         4 |     CMD echo a\n   \
         5 |     CMD [\"b\"]\n   \
         6 | >>> WORKDIR app\n   \
         7 |     ENV API_KEY=x\n   \
         8 |     EXPOSE 80/TCP\n\
         --------------------\n",
    );
    // Nothing was built: no image, and the missing base image was not pulled.
    store.skiff(&["images", "-q"]).ok().stdout_is("");

    // A clean file; an instruction over several lines is marked whole.
    store.write_file("ctx/Containerfile", "FROM bb\nRUN true\nCMD [\"true\"]\n");
    store.skiff(&["build", "--check", &ctx(&store)]).ok().stdout_is("Check complete, no warnings found.");
    store.write_file("ctx/Multi", "FROM bb\nRUN echo a \\\n\n  && echo b\nCMD [\"true\"]\n");
    let multi = store.skiff(&["build", "--check", "-f", &format!("{}/Multi", ctx(&store)), &ctx(&store)]);
    multi.code(1).stdout_is(
        "Check complete, 1 warning has been found!\n\n\
         WARNING: NoEmptyContinuation - https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/\n\
         Empty continuation line\n\
         Multi:2\n\
         --------------------\n   \
         1 |     FROM bb\n   \
         2 | >>> RUN echo a \\\n   \
         3 | >>> \n   \
         4 | >>>   && echo b\n   \
         5 |     CMD [\"true\"]\n\
         --------------------",
    );
}

#[test]
fn check_directives_and_the_build_arg_choose_the_rules() {
    require_host();
    let store = Store::new();
    // `# check=skip=...` leaves rules out; BUILDKIT_DOCKERFILE_CHECK replaces the directive.
    store.write_file("ctx/Dockerfile", "# check=skip=JSONArgsRecommended\nFROM bb\nCMD true\nMAINTAINER me\n");
    let skipped = store.skiff(&["build", "--check", &ctx(&store)]);
    assert_eq!(warnings(&skipped.code(1).stdout).iter().map(|w| w.0.as_str()).collect::<Vec<_>>(), ["MaintainerDeprecated"], "{}", skipped.stdout);
    let replaced = store.skiff(&["build", "--check", "--build-arg", "BUILDKIT_DOCKERFILE_CHECK=skip=MaintainerDeprecated", &ctx(&store)]);
    assert_eq!(warnings(&replaced.code(1).stdout).iter().map(|w| w.0.as_str()).collect::<Vec<_>>(), ["JSONArgsRecommended"], "{}", replaced.stdout);
    store.skiff(&["build", "--check", "--build-arg", "BUILDKIT_DOCKERFILE_CHECK=skip=all", &ctx(&store)]).ok().stdout_is("Check complete, no warnings found.");
    let bad = store.skiff(&["build", "--check", "--build-arg", "BUILDKIT_DOCKERFILE_CHECK=bogus", &ctx(&store)]);
    bad.code(125).stderr_has("invalid check option \"bogus\"");

    // A stored base image's variables are known (an image not at hand is not pulled).
    store.import_busybox("bb");
    store.write_file("ctx/Dockerfile", "FROM bb\nENV GOPATH=/go\n");
    store.skiff(&["build", "-q", "-t", "withenv", &ctx(&store)]).ok();
    store.write_file("ctx/Dockerfile", "FROM withenv\nENV PATH=$GOPATH/bin:$PATH\n");
    store.skiff(&["build", "--check", &ctx(&store)]).ok().stdout_is("Check complete, no warnings found.");
    store.write_file("ctx/Dockerfile", "FROM localhost/not-stored\nENV PATH=$GOPATH/bin:$PATH\n");
    let unknown = store.skiff(&["build", "--check", &ctx(&store)]);
    assert_eq!(warnings(&unknown.code(1).stdout).iter().map(|w| w.2.as_str()).collect::<Vec<_>>(), ["Usage of undefined variable '$GOPATH' (did you mean $PATH?)"], "BuildKit's suggestion: PATH is near");

    // error=true: a build with violations fails naming the rules, before any work.
    store.write_file("ctx/Dockerfile", "# check=error=true\nFROM bb\nCMD true\n");
    let failed = store.skiff(&["build", "-t", "never", &ctx(&store)]);
    failed.code(125).stderr_has("lint violation found for rules: JSONArgsRecommended");
    store.skiff(&["image", "exists", "never"]).code(1);
}

const CHECK_PROJECT: &str = r#"
services:
  web:
    build: ./web
  api:
    build:
      context: ./api
      dockerfile: api.Dockerfile
  db:
    image: localhost/bb
"#;

#[test]
fn compose_build_check_reports_each_service_in_name_order() {
    require_host();
    let store = Store::new();
    store.write_file("proj/compose.yaml", CHECK_PROJECT);
    store.write_file("proj/web/Dockerfile", "FROM bb\nCMD [\"true\"]\n");
    store.write_file("proj/api/api.Dockerfile", "FROM bb\nexpose 80\n");
    // As `docker compose build --check` (buildx bake --call lint): each
    // target's name, a blank line, its report; exit 1 when any found something.
    let out = in_dir(&store, "proj", "skiff compose build --check");
    out.code(1).stdout_is(
        "api\n\n\
         Check complete, 1 warning has been found!\n\n\
         WARNING: ConsistentInstructionCasing - https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/\n\
         Command 'expose' should match the case of the command majority (uppercase)\n\
         api.Dockerfile:2\n\
         --------------------\n   \
         1 |     FROM bb\n   \
         2 | >>> expose 80\n   \
         3 |     \n\
         --------------------\n\n\
         web\n\n\
         Check complete, no warnings found.",
    );
    in_dir(&store, "proj", "skiff compose build --check web").ok().stdout_is("web\n\nCheck complete, no warnings found.");
    store.skiff(&["images", "-q"]).ok().stdout_is("");
}
