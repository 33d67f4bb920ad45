//! The template engine against a table of cases: a template, the JSON it
//! runs over, and Go's output (checked against podman's text/template
//! where the case could be written as a podman `--format`) or the error.

use super::Template;
use serde_json::{json, Value};

fn data() -> Value {
    json!({
        "Id": "abc123",
        "Name": "web",
        "State": {"Status": "running", "Running": true, "ExitCode": 0, "Pid": 42},
        "Names": ["a", "b"],
        "Mounts": [{"Destination": "/data", "RW": true}, {"Destination": "/logs", "RW": false}],
        "Config": {"Labels": {"k": "v", "z": "last", "a": "first"}, "Env": [], "Cmd": null},
        "NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]}},
        "Size": 1536,
        "Ratio": 0.25,
        "Empty": "",
        "Html": "<a href='x'>&</a>",
    })
}

enum Want {
    Out(&'static str),
    /// A parse or execution error containing this text.
    Error(&'static str),
}
use Want::*;

const CASES: &[(&str, Want)] = &[
    // Text, fields, chains, case-insensitive fields.
    ("plain text", Out("plain text")),
    ("{{.Name}}", Out("web")),
    ("{{.ID}}", Out("abc123")),
    ("{{.State.Status}} {{.State.Pid}}", Out("running 42")),
    ("{{.Names}}", Out("[a b]")),
    ("{{.Config.Labels}}", Out("map[a:first k:v z:last]")),
    ("{{.Config.Cmd}}", Out("<no value>")),
    ("{{.NetworkSettings.Ports}}", Out("map[80/tcp:[map[HostIp:127.0.0.1 HostPort:8080]]]")),
    ("{{.}}", Out("map[Config:map[Cmd:<nil> Env:[] Labels:map[a:first k:v z:last]] Empty: Html:<a href='x'>&</a> Id:abc123 Mounts:[map[Destination:/data RW:true] map[Destination:/logs RW:false]] Name:web Names:[a b] NetworkSettings:map[Ports:map[80/tcp:[map[HostIp:127.0.0.1 HostPort:8080]]]] Ratio:0.25 Size:1536 State:map[ExitCode:0 Pid:42 Running:true Status:running]]")),
    // Trimming and comments.
    ("a  {{- .Name -}}  b", Out("awebb")),
    ("a {{- /* gone */ -}} b", Out("ab")),
    ("x{{/* a comment */}}y", Out("xy")),
    ("{{-3}}", Out("-3")),
    // Literals.
    (r#"{{"\t"}}|{{"\n"}}|{{"\x41\u00e9\101"}}"#, Out("\t|\n|AéA")),
    ("{{`raw\\t`}}|a\\tb|a\\nb", Out("raw\\t|a\tb|a\\nb")),
    ("{{42}} {{-7}} {{0x1f}} {{0o17}} {{017}} {{1_000}} {{'a'}}", Out("42 -7 31 15 15 1000 97")),
    ("{{1.5}} {{1e3}} {{1e6}} {{1e21}} {{0.1}} {{1e-5}} {{100000000000000000000.0}} {{123456.7}}", Out("1.5 1000 1e+06 1e+21 0.1 1e-05 1e+20 123456.7")),
    ("{{printf \"%v %d|%U\" nil 3 65}} {{print \"a\" 1 2 \"b\" true nil}}", Out("<nil> 3|U+0041 a1 2btrue <nil>")),
    ("{{nil}}", Error("nil is not a command")),
    ("{{printf}}", Error("wrong number of args for printf: want at least 1 got 0")),
    ("{{eq .Names .Names}}", Error("error calling eq: non-comparable type [a b]: []interface {}")),
    ("{{true}} {{false}}", Out("true false")),
    // range over lists, maps, numbers, with else, break, continue.
    ("{{range .Mounts}}{{.Destination}} {{end}}", Out("/data /logs ")),
    ("{{range $i, $m := .Mounts}}{{$i}}={{$m.Destination}},{{end}}", Out("0=/data,1=/logs,")),
    ("{{range $v := .Names}}<{{$v}}>{{end}}", Out("<a><b>")),
    ("{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}", Out("a=first;k=v;z=last;")),
    ("{{range .Config.Env}}x{{else}}none{{end}}", Out("none")),
    ("{{range .Config.Cmd}}x{{else}}nil{{end}}", Out("nil")),
    ("{{range $p, $b := .NetworkSettings.Ports}}{{$p}} -> {{(index $b 0).HostPort}}{{end}}", Out("80/tcp -> 8080")),
    ("{{range .Names}}{{if eq . \"b\"}}{{break}}{{end}}{{.}}{{end}}", Out("a")),
    ("{{range .Names}}{{if eq . \"a\"}}{{continue}}{{end}}{{.}}{{end}}", Out("b")),
    ("{{range 3}}{{.}}{{end}}", Out("012")),
    ("{{range .State.Status}}{{end}}", Error("template: format:1:14: executing \"format\" at <.State.Status>: range can't iterate over running")),
    // if / else if / else, with.
    ("{{if .State.Running}}up{{else}}down{{end}}", Out("up")),
    ("{{if eq .State.Status \"exited\"}}x{{else if eq .State.Status \"running\"}}r{{else}}o{{end}}", Out("r")),
    ("{{if .Empty}}x{{else}}empty{{end}}", Out("empty")),
    ("{{if .Config.Env}}x{{else}}no env{{end}}", Out("no env")),
    ("{{with .State}}{{.Status}}{{end}}", Out("running")),
    ("{{with .Empty}}x{{else}}nothing{{end}}", Out("nothing")),
    ("{{with $x := .Name}}{{$x}}{{end}}", Out("web")),
    // Variables.
    ("{{$x := .Name}}{{$x}}-{{$x = \"changed\"}}{{$x}}", Out("web-changed")),
    ("{{$n := 0}}{{range .Names}}{{$n = .}}{{end}}{{$n}}", Out("b")),
    ("{{range .Mounts}}{{$.Name}}:{{.Destination}} {{end}}", Out("web:/data web:/logs ")),
    ("{{$undefined}}", Error("undefined variable \"$undefined\"")),
    // Pipelines and parenthesised calls.
    ("{{.Name | upper}}", Out("WEB")),
    ("{{.Name | printf \"%s!\" | upper}}", Out("WEB!")),
    ("{{(index .Mounts 1).Destination}}", Out("/logs")),
    ("{{len (index .Mounts 0)}}", Out("2")),
    // Go's functions.
    ("{{index .Config.Labels \"k\"}}", Out("v")),
    ("{{index .Config.Labels \"missing\"}}", Out("<no value>")),
    ("{{index .Names 1}}", Out("b")),
    ("{{index .Names 9}}", Error("error calling index: index out of range: 9")),
    ("{{len .Mounts}} {{len .Name}} {{len .Config.Labels}}", Out("2 3 3")),
    ("{{len .Size}}", Error("error calling len: len of type int")),
    ("{{slice .Name 1 3}} {{slice .Names 1}}", Out("eb [b]")),
    ("{{print 1 2 \"a\" 3 \"b\"}}", Out("1 2a3b")),
    ("{{println .Name 3}}", Out("web 3\n")),
    ("{{printf \"%5s|%-6s|%d|%05d|%+d|%x|%X|%o|%b\" \"ab\" \"cd\" 42 42 42 255 255 8 5}}", Out("   ab|cd    |42|00042|+42|ff|FF|10|101")),
    ("{{printf \"%q %v %t %c %x %.2f %8.3f %e %g\" \"a\\tb\" .Names true 65 \"hi\" 3.14159 3.14159 1234.5678 0.000012}}", Out("\"a\\tb\" [a b] true A 6869 3.14    3.142 1.234568e+03 1.2e-05")),
    ("{{printf \"%d %s\" \"x\" 3}} {{printf \"%d\"}} {{printf \"%d\" 1 2}} {{printf \"100%%\"}}", Out("%!d(string=x) %!s(int=3) %!d(MISSING) 1%!(EXTRA int=2) 100%")),
    ("{{printf \"%v %v\" .Ratio .State.Running}}", Out("0.25 true")),
    ("{{eq .Name \"x\" \"y\" \"web\"}} {{eq 1 2}} {{ne .Name \"x\"}}", Out("true false true")),
    ("{{lt 1 2}} {{le 2 2}} {{gt \"b\" \"a\"}} {{ge 1 2}}", Out("true true true false")),
    ("{{eq .Size 1536.0}}", Error("error calling eq: incompatible types for comparison")),
    ("{{and 1 0 2}} {{and 1 2}} {{or 0 \"\" \"x\"}} {{or 0 \"\"}} {{not 0}} {{not .Name}}", Out("0 2 x  true false")),
    ("{{or .Name .Nope}}", Out("web")),
    ("{{html .Html}}", Out("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")),
    ("{{js \"a<\\\"b\\n'=\"}}", Out("a\\u003C\\\"b\\u000A\\'\\u003D")),
    ("{{js \"é\\u2028\\t\"}}", Out("é\\u2028\\u0009")),
    ("{{urlquery \"a b&c/é\"}}", Out("a+b%26c%2F%C3%A9")),
    ("{{call .Name}}", Error("error calling call: non-function of type string")),
    // podman's and docker's functions.
    ("{{json .Config.Labels}}", Out(r#"{"a":"first","k":"v","z":"last"}"#)),
    ("{{json .Html}} {{json .Config.Cmd}}", Out(r#""<a href='x'>&</a>" null"#)),
    ("{{join .Names \",\"}}", Out("a,b")),
    ("{{split \"a:b:c\" \":\"}} {{index (split \"a:b\" \":\") 1}}", Out("[a b c] b")),
    ("{{lower \"AbC\"}} {{upper \"AbC\"}} {{title \"hello wor-ld\"}}", Out("abc ABC Hello Wor-Ld")),
    ("{{truncate \"abcdef\" 3}}|{{truncate \"ab\" 3}}|{{pad \"ab\" 1 2}}|{{pad \"\" 1 2}}", Out("abc|ab| ab  |")),
    ("{{upper .Size}}", Error("error calling upper: wrong type for value; expected string; got int")),
    // Errors: unknown fields and functions, bad syntax.
    ("{{.Nope}}", Error("template: format:1:2: executing \"format\" at <.Nope>: can't evaluate field Nope in type")),
    ("{{.State.Status.X}}", Error("template: format:1:8: executing \"format\" at <.State.Status.X>: can't evaluate field X in type string")),
    ("line\n{{.Nope}}", Error("template: format:2:2: executing")),
    ("{{nope}}", Error("template: format:1: function \"nope\" not defined")),
    ("{{.Name", Error("template: format:1: unclosed action")),
    ("{{if}}x{{end}}", Error("missing value for if")),
    ("{{if .Name}}x", Error("unexpected EOF")),
    ("{{end}}", Error("unexpected {{end}}")),
    ("{{else}}", Error("unexpected {{else}}")),
    ("{{break}}", Error("{{break}} outside {{range}}")),
    ("{{\"unterminated}}", Error("unterminated quoted string")),
    ("{{.Name .Id}}", Error("at <.Name>: Name has arguments but cannot be invoked as function")),
    ("{{.Name | .Id}}", Error("Id has arguments but cannot be invoked as function")),
    ("{{define \"x\"}}{{end}}", Error("{{define}} is not supported")),
];

#[test]
fn templates_render_as_go_renders_them() {
    let data = data();
    let mut failures = Vec::new();
    for (template, want) in CASES {
        let got = Template::parse(template).and_then(|t| t.render(&data)).map_err(|e| e.message);
        let ok = match (want, &got) {
            (Out(expected), Ok(out)) => out == expected,
            (Error(expected), Err(message)) => message.contains(expected) && !message.contains('\n'),
            _ => false,
        };
        if !ok {
            failures.push(format!("{template:?}: got {got:?}"));
        }
    }
    assert!(CASES.len() >= 60, "the table covers every feature");
    assert!(failures.is_empty(), "{} of {} cases differ from Go:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn table_prefix_gives_podman_header() {
    let t = Template::parse("table {{.ID}}\\t{{.ImageName}} {{.State.Status}}").unwrap();
    assert!(t.table);
    let value = json!({"ID": "x", "ImageName": "y", "State": {"Status": "up"}});
    assert_eq!(t.header(Some(&value), &[]), "ID\tIMAGE NAME\tSTATUS");
    assert_eq!(t.header(Some(&value), &[("ID", "CONTAINER ID")]), "CONTAINER ID\tIMAGE NAME\tSTATUS");
    assert_eq!(t.header(None, &[]), "ID\tIMAGE NAME\tSTATUS", "no values: the header still names the fields");
    assert_eq!(t.render(&value).unwrap(), "x\ty\tup");
    let conditional = Template::parse("table {{if eq .State \"running\"}}up{{else}}down{{end}}\t{{.Names | upper}}").unwrap();
    assert_eq!(conditional.header(None, &[]), "down\tNAMES", "the header is the template run over the names, as podman does");
}
