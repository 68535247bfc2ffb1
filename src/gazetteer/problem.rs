//! What can be wrong with a gazetteer, and where: the vocabulary the loader, the rules reader and the checker
//! share.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in a gazetteer, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    /// The line of the row (of its first line, for a row with quoted line breaks).
    pub line: Option<u64>,
    /// The column the problem is in, when it is in one.
    pub column: Option<String>,
    pub message: String,
    /// What to change, when the message does not say it.
    pub hint: Option<String>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ": column `{column}`")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n    fix: {hint}")?;
        }
        Ok(())
    }
}

/// A gazetteer that could not be loaded, with every problem found.
#[derive(Debug, thiserror::Error)]
pub struct LoadError {
    pub problems: Vec<Problem>,
    /// How many of the problems are forms that name two entities: what `--ambiguous drop`
    /// ([`super::Ambiguous::Drop`]) leaves out of matching instead of refusing.
    pub droppable: usize,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "the gazetteer has {n} problem{}; nothing was loaded",
            if n == 1 { "" } else { "s" }
        )?;
        for problem in &self.problems {
            write!(f, "\n  {problem}")?;
        }
        if self.droppable > 0 {
            write!(
                f,
                "\n{} of them {} a form that names two entities: --ambiguous drop leaves such forms out of matching \
                 instead of refusing the gazetteer",
                self.droppable,
                if self.droppable == 1 { "is" } else { "are" }
            )?;
        }
        Ok(())
    }
}

/// A problem in `file` (at `line`), in no particular column.
pub(super) fn problem(file: &Path, line: Option<u64>, message: &str) -> Problem {
    Problem {
        file: file.to_path_buf(),
        line,
        column: None,
        message: message.to_string(),
        hint: None,
    }
}
