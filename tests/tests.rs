//! End-to-end tests of the `gazegraph` binary, one module per command; helpers in `util`.

mod util;

mod build;
mod eval;
mod export;
mod field;
mod gazetteer;
mod gold;
mod input;
mod merge;
mod properties;
mod query;
