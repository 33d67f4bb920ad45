fn main() {
    std::process::exit(skiff::main_entry());
}
