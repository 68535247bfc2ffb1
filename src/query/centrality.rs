//! Who sits at the centre, four ways, over the co-occurrence links that pass the filter:
//!
//! - **degree**: how many entities one is mentioned with;
//! - **strength**: the sum of the weights of those links, i.e. how many windows one shares with anybody;
//! - **betweenness**: the share of shortest paths (in hops) between other pairs that run through one: the
//!   brokers between otherwise separate groups. Brandes' algorithm, normalised to [0, 1] by the number of
//!   pairs, (n−1)(n−2)/2. Exact up to [`EXACT_BETWEENNESS_WORK`] steps; beyond, estimated from a deterministic
//!   sample of source nodes (Brandes & Pich 2007), scaled up by n / samples;
//! - **pagerank**: the stationary share of a random walk that follows links in proportion to their weight and
//!   jumps anywhere with probability 0.15: central are those linked strongly to the central.
//!
//! petgraph 0.8 has a `page_rank`, but it ignores weights and tests every pair of nodes in every iteration (n²
//! per step), which a graph of ten thousand entities cannot afford; both are written here over the [`Net`]'s
//! adjacency lists. Betweenness runs its sources in parallel in fixed chunks summed in order, so the result
//! does not depend on the number of threads.

use rayon::prelude::*;

use super::Net;

/// Betweenness is exact while n × (2 × links) stays under this many steps (a few tenths of a second on a
/// busy two-core machine; a graph of 5,000 links and 2,000 entities is exact); beyond it, sources are sampled
/// to fit (100 of 20,000 entities for 100,000 links).
pub const EXACT_BETWEENNESS_WORK: usize = 20_000_000;

/// Fewest sources an estimate uses, however large the graph.
pub const MIN_SAMPLES: usize = 64;

/// Seed of the source sample, fixed so that an estimate is the same on every run.
pub const SAMPLE_SEED: u64 = 0x6761_7a65_6772_6170; // "gazegrap"

/// What to rank entities by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    Degree,
    Strength,
    Betweenness,
    Pagerank,
}

impl Measure {
    pub fn name(self) -> &'static str {
        match self {
            Measure::Degree => "degree",
            Measure::Strength => "strength",
            Measure::Betweenness => "betweenness",
            Measure::Pagerank => "pagerank",
        }
    }
}

/// A measure per node (by the net's numbering), and how it was obtained.
#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub measure: Measure,
    pub scores: Vec<f64>,
    /// For an estimated betweenness: the number of source nodes sampled.
    pub samples: Option<usize>,
}

pub fn scores(net: &Net, measure: Measure) -> Scores {
    let (scores, samples) = match measure {
        Measure::Degree => (degree(net), None),
        Measure::Strength => (strength(net), None),
        Measure::Betweenness => betweenness(net, EXACT_BETWEENNESS_WORK),
        Measure::Pagerank => (pagerank(net), None),
    };
    Scores {
        measure,
        scores,
        samples,
    }
}

pub fn degree(net: &Net) -> Vec<f64> {
    (0..net.len() as u32).map(|n| net.degree(n) as f64).collect()
}

pub fn strength(net: &Net) -> Vec<f64> {
    // `+ 0.0`: the empty sum of floats is -0.0, which would print as `-0`
    (0..net.len() as u32)
        .map(|n| net.weights(n).iter().sum::<f64>() + 0.0)
        .collect()
}

/// Betweenness (normalised), and the number of sampled sources when the work would exceed `budget` steps.
pub fn betweenness(net: &Net, budget: usize) -> (Vec<f64>, Option<usize>) {
    let n = net.len();
    let steps = (2 * net.link_count()).max(1);
    let (sources, samples) = if n.saturating_mul(steps) <= budget {
        ((0..n as u32).collect::<Vec<_>>(), None)
    } else {
        let k = (budget / steps).max(MIN_SAMPLES).min(n);
        (sample(n, k, SAMPLE_SEED), Some(k))
    };
    const CHUNK: usize = 32;
    let partial: Vec<Vec<f64>> = sources
        .par_chunks(CHUNK)
        .map(|chunk| {
            let mut state = Brandes::new(n);
            let mut sum = vec![0.0; n];
            for &s in chunk {
                state.accumulate(net, s, &mut sum);
            }
            sum
        })
        .collect();
    let mut total = vec![0.0; n];
    for part in partial {
        for (t, p) in total.iter_mut().zip(part) {
            *t += p;
        }
    }
    // Each pair is counted from both ends when every node is a source; a sample of k sources stands for n.
    let scale = match samples {
        None => 0.5,
        Some(k) => 0.5 * n as f64 / k as f64,
    };
    let pairs = if n > 2 { ((n - 1) * (n - 2)) as f64 / 2.0 } else { 1.0 };
    for t in &mut total {
        *t *= scale / pairs;
    }
    (total, samples)
}

/// Reusable buffers of one breadth-first pass of Brandes' algorithm.
struct Brandes {
    order: Vec<u32>,
    sigma: Vec<f64>,
    depth: Vec<i64>,
    delta: Vec<f64>,
}

impl Brandes {
    fn new(n: usize) -> Brandes {
        Brandes {
            order: Vec::with_capacity(n),
            sigma: vec![0.0; n],
            depth: vec![-1; n],
            delta: vec![0.0; n],
        }
    }

    /// Adds the dependencies of every node on the shortest paths from `s` to `sum`.
    fn accumulate(&mut self, net: &Net, s: u32, sum: &mut [f64]) {
        for &v in &self.order {
            self.sigma[v as usize] = 0.0;
            self.depth[v as usize] = -1;
            self.delta[v as usize] = 0.0;
        }
        self.order.clear();
        self.sigma[s as usize] = 1.0;
        self.depth[s as usize] = 0;
        self.order.push(s);
        let mut head = 0;
        while head < self.order.len() {
            let v = self.order[head];
            head += 1;
            let dv = self.depth[v as usize];
            for &w in net.neighbours(v) {
                let w = w as usize;
                if self.depth[w] < 0 {
                    self.depth[w] = dv + 1;
                    self.order.push(w as u32);
                }
                if self.depth[w] == dv + 1 {
                    self.sigma[w] += self.sigma[v as usize];
                }
            }
        }
        // Predecessors are the neighbours one level up, found again instead of stored.
        for &w in self.order.iter().rev() {
            let (dw, sw) = (self.depth[w as usize], self.sigma[w as usize]);
            let coefficient = (1.0 + self.delta[w as usize]) / sw;
            for &v in net.neighbours(w) {
                if self.depth[v as usize] == dw - 1 {
                    self.delta[v as usize] += self.sigma[v as usize] * coefficient;
                }
            }
            if w != s {
                sum[w as usize] += self.delta[w as usize];
            }
        }
    }
}

/// `k` distinct numbers below `n`, drawn by a partial Fisher-Yates shuffle driven by SplitMix64.
fn sample(n: usize, k: usize, seed: u64) -> Vec<u32> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut all: Vec<u32> = (0..n as u32).collect();
    for i in 0..k.min(n) {
        let j = i + (next() % (n - i) as u64) as usize;
        all.swap(i, j);
    }
    all.truncate(k);
    all.sort_unstable();
    all
}

/// Weighted PageRank with damping 0.85, by power iteration until the scores move less than 1e-10 in total
/// (at most 200 rounds). An entity with no link hands its share to everybody, as in the original definition.
pub fn pagerank(net: &Net) -> Vec<f64> {
    const DAMPING: f64 = 0.85;
    let n = net.len();
    if n == 0 {
        return Vec::new();
    }
    let strength = strength(net);
    let mut rank = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    // what each node hands out per unit of link weight
    let mut share = vec![0.0; n];
    for _ in 0..200 {
        let dangling: f64 = (0..n).filter(|&v| strength[v] == 0.0).map(|v| rank[v]).sum();
        let base = (1.0 - DAMPING) / n as f64 + DAMPING * dangling / n as f64;
        for v in 0..n {
            share[v] = if strength[v] > 0.0 { rank[v] / strength[v] } else { 0.0 };
        }
        for (v, slot) in next.iter_mut().enumerate() {
            let v = v as u32;
            let inflow: f64 = net
                .neighbours(v)
                .iter()
                .zip(net.weights(v))
                .map(|(&u, &w)| share[u as usize] * w)
                .sum();
            *slot = base + DAMPING * inflow;
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < 1e-10 {
            break;
        }
    }
    rank
}

/// The nodes (by number) in decreasing order of score, ties by id.
pub fn ranking(scores: &[f64]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..scores.len() as u32).collect();
    order.sort_by(|&a, &b| scores[b as usize].total_cmp(&scores[a as usize]).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Graph;
    use crate::query::Filter;
    use crate::query::tests::graph;

    fn by_id(net: &Net, scores: &[f64]) -> Vec<(String, f64)> {
        (0..net.len() as u32)
            .map(|n| (net.node(n).id.clone(), (scores[n as usize] * 1e6).round() / 1e6))
            .collect()
    }

    fn path5() -> Graph {
        graph(
            &["a", "b", "c", "d", "e"],
            &[("a", "b", 1), ("b", "c", 2), ("c", "d", 1), ("d", "e", 1)],
        )
    }

    #[test]
    fn betweenness_of_a_path_and_a_star() {
        // On a path a–b–c–d–e, b lies on 3 of the 6 pairs not involving it, c on 4, d on 3.
        let g = path5();
        let net = Net::new(&g, Filter::default());
        let (scores, samples) = betweenness(&net, usize::MAX);
        assert_eq!(samples, None);
        assert_eq!(
            by_id(&net, &scores),
            [
                ("a".into(), 0.0),
                ("b".into(), 0.5),
                ("c".into(), 4.0 / 6.0),
                ("d".into(), 0.5),
                ("e".into(), 0.0)
            ]
            .map(|(id, s): (String, f64)| (id, (s * 1e6).round() / 1e6))
        );
        // The centre of a star is on every path between leaves.
        let star = graph(
            &["hub", "x", "y", "z"],
            &[("hub", "x", 1), ("hub", "y", 1), ("hub", "z", 1)],
        );
        let net = Net::new(&star, Filter::default());
        let (scores, _) = betweenness(&net, usize::MAX);
        assert_eq!(scores[0], 1.0);
        assert_eq!(&scores[1..], [0.0, 0.0, 0.0]);
    }

    #[test]
    fn betweenness_splits_over_tied_paths() {
        // a square a–b–d, a–c–d: b and c each carry half of the a–d paths: 0.5 / 3 pairs.
        let g = graph(
            &["a", "b", "c", "d"],
            &[("a", "b", 1), ("a", "c", 1), ("b", "d", 1), ("c", "d", 1)],
        );
        let net = Net::new(&g, Filter::default());
        let (scores, _) = betweenness(&net, usize::MAX);
        for s in scores {
            assert!((s - 0.5 / 3.0).abs() < 1e-12, "{s}");
        }
    }

    #[test]
    fn sampled_betweenness_is_deterministic_and_close() {
        // two cliques of 20 joined by a bridge u–v: the bridge ends dominate, exactly and estimated
        let ids: Vec<String> = (0..40).map(|i| format!("n{i:02}")).collect();
        let mut edges = Vec::new();
        for half in [0, 20] {
            for i in half..half + 20 {
                for j in i + 1..half + 20 {
                    edges.push((ids[i].as_str(), ids[j].as_str(), 1));
                }
            }
        }
        edges.push((ids[19].as_str(), ids[20].as_str(), 1));
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let g = graph(&refs, &edges);
        let net = Net::new(&g, Filter::default());
        let (exact, _) = betweenness(&net, usize::MAX);
        let (estimate, samples) = betweenness(&net, 1);
        assert_eq!(samples, Some(40));
        assert_eq!(betweenness(&net, 1), (estimate.clone(), samples));
        assert_eq!(ranking(&exact)[..2], [19, 20]);
        // with every node sampled the estimate is the exact value
        for (e, x) in estimate.iter().zip(&exact) {
            assert!((e - x).abs() < 1e-12);
        }
        let partial = sample(40, 10, SAMPLE_SEED);
        assert_eq!(partial.len(), 10);
        assert!(partial.windows(2).all(|w| w[0] < w[1]) && partial.iter().all(|&s| s < 40));
    }

    #[test]
    fn a_real_sample_finds_the_brokers() {
        // three cliques of 40, each joined through one member to a broker: 121 entities, 64 sampled
        let ids: Vec<String> = (0..120)
            .map(|i| format!("n{i:03}"))
            .chain(["broker".to_string()])
            .collect();
        let mut edges = Vec::new();
        for c in 0..3 {
            for i in 40 * c..40 * c + 40 {
                for j in i + 1..40 * c + 40 {
                    edges.push((ids[i].as_str(), ids[j].as_str(), 1));
                }
            }
            edges.push((ids[40 * c].as_str(), "broker", 1));
        }
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let g = graph(&refs, &edges);
        let net = Net::new(&g, Filter::default());
        let (exact, _) = betweenness(&net, usize::MAX);
        let (estimate, samples) = betweenness(&net, 1);
        assert_eq!(samples, Some(MIN_SAMPLES));
        let top = |s: &[f64]| {
            let mut t: Vec<String> = ranking(s)[..4].iter().map(|&n| net.node(n).id.clone()).collect();
            t.sort();
            t
        };
        assert_eq!(top(&exact), ["broker", "n000", "n040", "n080"]);
        assert_eq!(top(&estimate), top(&exact));
    }

    #[test]
    fn degree_strength_pagerank() {
        let g = path5();
        let net = Net::new(&g, Filter::default());
        assert_eq!(degree(&net), [1.0, 2.0, 2.0, 2.0, 1.0]);
        assert_eq!(strength(&net), [1.0, 3.0, 3.0, 2.0, 1.0]);
        let pr = pagerank(&net);
        assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        // symmetric star: the hub gets the most, the leaves the same
        let star = graph(
            &["hub", "x", "y", "z", "lone"],
            &[("hub", "x", 1), ("hub", "y", 1), ("hub", "z", 1)],
        );
        let net = Net::new(&star, Filter::default());
        let pr = pagerank(&net);
        assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert_eq!(ranking(&pr)[0], 0);
        assert!((pr[2] - pr[3]).abs() < 1e-12 && (pr[3] - pr[4]).abs() < 1e-12);
        // a heavier link draws more of the walk: in path5, c (links 2 and 1) beats d (1 and 1)
        let pr = pagerank(&Net::new(&path5(), Filter::default()));
        assert!(pr[2] > pr[3]);
    }

    #[test]
    fn empty_and_tiny_graphs() {
        let g = graph(&[], &[]);
        let net = Net::new(&g, Filter::default());
        assert!(betweenness(&net, usize::MAX).0.is_empty());
        assert!(pagerank(&net).is_empty());
        let g = graph(&["a", "b"], &[("a", "b", 1)]);
        assert_eq!(betweenness(&Net::new(&g, Filter::default()), usize::MAX).0, [0.0, 0.0]);
    }
}
