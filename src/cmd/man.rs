//! `gazegraph man`: the manual pages, made from the same definitions as `--help` (clap_mangen).

use std::path::PathBuf;

use anyhow::{Context, bail};

use super::Outcome;

/// Print gazegraph's manual page (roff) on standard output, or write all of them into a folder.
///
///   gazegraph man | man -l -                       read it now
///   gazegraph man query                            the page of `gazegraph query`
///   gazegraph man -o ~/.local/share/man/man1       install every page (gazegraph.1, gazegraph-build.1, …)
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The subcommand whose page to print (build, query, …); the main page without one
    #[arg(value_name = "COMMAND")]
    command: Option<String>,

    /// Write every page (gazegraph.1 and one per subcommand) into this folder instead
    #[arg(short, long, value_name = "DIR", conflicts_with = "command")]
    out: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let mut command = super::command().disable_help_subcommand(true);
    command.build();
    if let Some(dir) = args.out {
        std::fs::create_dir_all(&dir).with_context(|| format!("{}: cannot create the folder", dir.display()))?;
        clap_mangen::generate_to(command, &dir).with_context(|| format!("{}: cannot write", dir.display()))?;
        return Ok(Outcome::Success);
    }
    let page = match args.command.as_deref() {
        None => command,
        Some(name) => match command.find_subcommand(name) {
            Some(sub) => sub.clone().version(env!("CARGO_PKG_VERSION")),
            None => bail!(
                "gazegraph has no command `{}`; it has: {}",
                gazegraph::show::Escaped(name),
                command
                    .get_subcommands()
                    .map(|s| s.get_name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page).render(&mut roff)?;
    super::term::print_bytes(&roff)?;
    Ok(Outcome::Success)
}
