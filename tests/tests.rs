//! End-to-end tests of the `gazegraph` binary, one module per command, and of the benchmarks' generated inputs
//! (`bench_inputs`); helpers in `util`.

mod util;

mod bench_inputs;
mod build;
mod cli;
mod eval;
mod export;
mod field;
mod found;
mod gazetteer;
mod gold;
mod input;
mod layers;
mod merge;
mod names;
mod offices;
mod outlets;
mod outputs;
mod properties;
mod query;
mod readme;
mod relations;
mod suggest;
mod terminal;
