//! `gazegraph completions`: a shell's completion script, as ripgrep and other command-line tools ship them.

use clap_complete::Shell;

use super::Outcome;

/// Print the shell completion script for gazegraph on standard output.
///
/// Install it where your shell looks for completions, e.g.:
///
///   bash        gazegraph completions bash > ~/.local/share/bash-completion/completions/gazegraph
///   zsh         gazegraph completions zsh > ~/.zfunc/_gazegraph   (with `fpath+=~/.zfunc` before
///               `compinit` in ~/.zshrc)
///   fish        gazegraph completions fish > ~/.config/fish/completions/gazegraph.fish
///   powershell  gazegraph completions powershell >> $PROFILE
///
/// and open a new shell.
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The shell to complete in
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let mut command = super::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "gazegraph", &mut script);
    super::term::print_bytes(&script)?;
    Ok(Outcome::Success)
}
