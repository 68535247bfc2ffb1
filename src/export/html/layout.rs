//! Positions for the graph page, computed here rather than in the browser, so that the page opens at once
//! (no layout running while the reader waits) and shows the same picture at every open and on every machine.
//!
//! The layout is ForceAtlas2 (Jacomy et al. 2014, the layout Gephi users know): nodes repel in proportion to
//! their degrees, links pull like springs in proportion to their weight, a gravity keeps components together,
//! and each node's step shrinks when its force keeps changing direction (the "swinging" that makes a force
//! layout jitter). Repulsion uses a Barnes–Hut quadtree, so one iteration costs about `n log n`.
//!
//! Deterministic: the starting positions come from a fixed pseudo-random sequence, the number of iterations
//! from the graph's size alone, and the arithmetic uses only `+ - * /` and `sqrt`, which IEEE 754 rounds the
//! same everywhere (no `sin`, `ln` or `exp`, whose last bits depend on the platform's maths library), in one
//! thread. So the same graph gives the same bytes on any machine.

/// Repulsion strength (ForceAtlas2's scaling ratio), as graphology's `inferSettings` picks it.
const SCALING: f64 = 10.0;
/// Gravity towards the centre, proportional to the distance ("strong gravity"), so that small components stay
/// near the rest instead of drifting away.
const GRAVITY: f64 = 0.5;
/// Barnes–Hut: a cell this much smaller than its distance counts as one body.
const THETA: f64 = 1.2;
/// How much swinging the global speed tolerates (Gephi's "tolerance").
const JITTER_TOLERANCE: f64 = 1.0;
/// Work budget: iterations × (nodes + links); small graphs get up to [`MAX_ITERATIONS`].
const WORK: usize = 6_000_000;
const MIN_ITERATIONS: usize = 60;
const MAX_ITERATIONS: usize = 500;
/// The layout is scaled to fit a square of this half-width.
pub const EXTENT: f64 = 1000.0;

/// Positions for `n` nodes linked by `links` (`a`, `b`, weight); parallel links add up. Centred on 0, scaled
/// to fit ±[`EXTENT`], rounded to a tenth.
pub fn layout(n: usize, links: &[(u32, u32, f64)]) -> Vec<(f64, f64)> {
    if n == 0 {
        return Vec::new();
    }
    let iterations = (WORK / (n + links.len()).max(1)).clamp(MIN_ITERATIONS, MAX_ITERATIONS);
    let mut degree = vec![0u32; n];
    for &(a, b, _) in links {
        degree[a as usize] += 1;
        degree[b as usize] += 1;
    }
    let mass: Vec<f64> = degree.iter().map(|&d| f64::from(d) + 1.0).collect();
    let mut state = Forces {
        pos: start(n),
        force: vec![(0.0, 0.0); n],
        old: vec![(0.0, 0.0); n],
        mass,
        speed: 1.0,
        tree: Vec::new(),
    };
    for _ in 0..iterations {
        state.step(links);
    }
    normalise(state.pos)
}

/// Starting positions: a fixed pseudo-random scatter (xorshift), wide enough that repulsion does not explode.
fn start(n: usize) -> Vec<(f64, f64)> {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut unit = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let half = 10.0 * (n as f64).sqrt();
    (0..n)
        .map(|_| ((unit() * 2.0 - 1.0) * half, (unit() * 2.0 - 1.0) * half))
        .collect()
}

struct Forces {
    pos: Vec<(f64, f64)>,
    force: Vec<(f64, f64)>,
    old: Vec<(f64, f64)>,
    mass: Vec<f64>,
    speed: f64,
    tree: Vec<Cell>,
}

/// A square of the Barnes–Hut quadtree.
#[derive(Clone, Copy)]
struct Cell {
    x: f64,
    y: f64,
    half: f64,
    mass: f64,
    mx: f64,
    my: f64,
    /// First of four children in the arena, or 0 for a leaf.
    children: u32,
    /// The node a leaf holds, or `u32::MAX`.
    node: u32,
}

/// Cells are not split below this depth; nodes at (nearly) the same place share a leaf.
const MAX_DEPTH: u32 = 40;

impl Forces {
    fn step(&mut self, links: &[(u32, u32, f64)]) {
        std::mem::swap(&mut self.force, &mut self.old);
        self.force.iter_mut().for_each(|f| *f = (0.0, 0.0));
        self.build_tree();
        for i in 0..self.pos.len() {
            let (fx, fy) = self.repulsion(i);
            let (x, y) = self.pos[i];
            let m = self.mass[i];
            self.force[i] = (fx - GRAVITY * m * x, fy - GRAVITY * m * y);
        }
        for &(a, b, w) in links {
            let (a, b) = (a as usize, b as usize);
            let (dx, dy) = (self.pos[a].0 - self.pos[b].0, self.pos[a].1 - self.pos[b].1);
            self.force[a].0 -= w * dx;
            self.force[a].1 -= w * dy;
            self.force[b].0 += w * dx;
            self.force[b].1 += w * dy;
        }
        self.move_nodes();
    }

    /// Gephi's adaptive speed: the global speed rises while the nodes move steadily and falls when they
    /// swing; each node's step is damped further by its own swinging.
    fn move_nodes(&mut self) {
        let (mut swinging, mut traction) = (0.0, 0.0);
        let mut each = Vec::with_capacity(self.pos.len());
        for i in 0..self.pos.len() {
            let (f, o, m) = (self.force[i], self.old[i], self.mass[i]);
            let s = m * ((f.0 - o.0) * (f.0 - o.0) + (f.1 - o.1) * (f.1 - o.1)).sqrt();
            swinging += s;
            traction += m * ((f.0 + o.0) * (f.0 + o.0) + (f.1 + o.1) * (f.1 + o.1)).sqrt() / 2.0;
            each.push(s);
        }
        if swinging > 0.0 {
            let target = JITTER_TOLERANCE * traction / swinging;
            self.speed += (target - self.speed).min(0.5 * self.speed);
        }
        for (i, s) in each.into_iter().enumerate() {
            let factor = self.speed / (1.0 + (self.speed * s).sqrt());
            let f = self.force[i];
            // A step never exceeds 10 units times the node's mass, so that one huge force cannot fling a
            // node out of the picture.
            let length = (f.0 * f.0 + f.1 * f.1).sqrt() * factor;
            let cap = 10.0 * self.mass[i];
            let scale = if length > cap { factor * cap / length } else { factor };
            self.pos[i].0 += f.0 * scale;
            self.pos[i].1 += f.1 * scale;
        }
    }

    fn build_tree(&mut self) {
        let (mut lo_x, mut lo_y, mut hi_x, mut hi_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(x, y) in &self.pos {
            lo_x = lo_x.min(x);
            lo_y = lo_y.min(y);
            hi_x = hi_x.max(x);
            hi_y = hi_y.max(y);
        }
        let half = ((hi_x - lo_x).max(hi_y - lo_y) / 2.0).max(1e-9) * 1.0001;
        self.tree.clear();
        self.tree
            .push(Cell::new((lo_x + hi_x) / 2.0, (lo_y + hi_y) / 2.0, half));
        for i in 0..self.pos.len() {
            self.insert(i as u32);
        }
    }

    fn insert(&mut self, node: u32) {
        let (x, y) = self.pos[node as usize];
        let m = self.mass[node as usize];
        let mut at = 0usize;
        let mut depth = 0;
        loop {
            let cell = &mut self.tree[at];
            let leaf = cell.children == 0;
            if leaf && cell.mass == 0.0 {
                *cell = Cell {
                    mass: m,
                    mx: x * m,
                    my: y * m,
                    node,
                    ..*cell
                };
                return;
            }
            if leaf && depth >= MAX_DEPTH {
                cell.mass += m;
                cell.mx += x * m;
                cell.my += y * m;
                return;
            }
            if leaf {
                // Split: move the node it holds into a child, then go on inserting.
                let (cx, cy, h) = (cell.x, cell.y, cell.half / 2.0);
                let held = cell.node;
                let first = self.tree.len() as u32;
                self.tree[at].children = first;
                self.tree[at].node = u32::MAX;
                for (dx, dy) in [(-1.0, -1.0), (1.0, -1.0), (-1.0, 1.0), (1.0, 1.0)] {
                    self.tree.push(Cell::new(cx + dx * h, cy + dy * h, h));
                }
                let (hx, hy) = self.pos[held as usize];
                let child = first as usize + self.tree[at].quadrant(hx, hy);
                let hm = self.mass[held as usize];
                self.tree[child] = Cell {
                    mass: hm,
                    mx: hx * hm,
                    my: hy * hm,
                    node: held,
                    ..self.tree[child]
                };
            }
            let cell = &mut self.tree[at];
            cell.mass += m;
            cell.mx += x * m;
            cell.my += y * m;
            at = cell.children as usize + cell.quadrant(x, y);
            depth += 1;
        }
    }

    /// The repulsion on node `i` from all others: `SCALING · m_i · m_j / d` along the line between them.
    fn repulsion(&self, i: usize) -> (f64, f64) {
        let (x, y) = self.pos[i];
        let m = self.mass[i];
        let (mut fx, mut fy) = (0.0, 0.0);
        let mut stack = vec![0usize];
        while let Some(at) = stack.pop() {
            let cell = &self.tree[at];
            if cell.mass == 0.0 || cell.node == i as u32 && cell.children == 0 && cell.mass == m {
                continue;
            }
            let (cx, cy) = (cell.mx / cell.mass, cell.my / cell.mass);
            let (dx, dy) = (x - cx, y - cy);
            let d2 = dx * dx + dy * dy;
            if cell.children == 0 || 2.0 * cell.half < THETA * d2.sqrt() {
                if d2 > 1e-12 {
                    let f = SCALING * m * cell.mass / d2;
                    fx += dx * f;
                    fy += dy * f;
                }
            } else {
                let first = cell.children as usize;
                stack.extend(first..first + 4);
            }
        }
        (fx, fy)
    }
}

impl Cell {
    fn new(x: f64, y: f64, half: f64) -> Cell {
        Cell {
            x,
            y,
            half,
            mass: 0.0,
            mx: 0.0,
            my: 0.0,
            children: 0,
            node: u32::MAX,
        }
    }

    fn quadrant(&self, x: f64, y: f64) -> usize {
        usize::from(x >= self.x) + 2 * usize::from(y >= self.y)
    }
}

/// Centres the layout on 0, scales it to ±[`EXTENT`] and rounds to a tenth, so that the page's numbers are
/// short.
fn normalise(pos: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let (mut lo_x, mut lo_y, mut hi_x, mut hi_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in &pos {
        if !(x.is_finite() && y.is_finite()) {
            continue;
        }
        lo_x = lo_x.min(x);
        lo_y = lo_y.min(y);
        hi_x = hi_x.max(x);
        hi_y = hi_y.max(y);
    }
    let half = ((hi_x - lo_x).max(hi_y - lo_y) / 2.0).max(1e-9);
    let (cx, cy) = ((lo_x + hi_x) / 2.0, (lo_y + hi_y) / 2.0);
    let round = |v: f64| {
        if v.is_finite() {
            (v * 10.0).round() / 10.0 + 0.0
        } else {
            0.0
        }
    };
    pos.into_iter()
        .map(|(x, y)| (round((x - cx) / half * EXTENT), round((y - cy) / half * EXTENT)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linked_nodes_end_closer_than_unlinked_ones() {
        // two triangles joined by one link
        let links = [
            (0, 1, 1.0),
            (1, 2, 1.0),
            (0, 2, 1.0),
            (3, 4, 1.0),
            (4, 5, 1.0),
            (3, 5, 1.0),
            (2, 3, 1.0),
        ];
        let pos = layout(6, &links);
        let d = |a: usize, b: usize| ((pos[a].0 - pos[b].0).powi(2) + (pos[a].1 - pos[b].1).powi(2)).sqrt();
        assert!(d(0, 1) < d(0, 4) && d(4, 5) < d(1, 5), "{pos:?}");
        assert!(pos.iter().all(|p| p.0.abs() <= EXTENT && p.1.abs() <= EXTENT));
    }

    #[test]
    fn the_same_graph_gives_the_same_positions() {
        let links: Vec<(u32, u32, f64)> = (0..300u32)
            .map(|i| (i % 97, (i * 7 + 3) % 97, 1.0 + f64::from(i % 5)))
            .collect();
        let links: Vec<_> = links.into_iter().filter(|l| l.0 != l.1).collect();
        assert_eq!(layout(97, &links), layout(97, &links));
        assert_eq!(layout(0, &[]), Vec::<(f64, f64)>::new());
        assert_eq!(layout(1, &[]), vec![(0.0, 0.0)]);
    }

    #[test]
    fn nodes_at_one_place_do_not_break_the_tree() {
        // many isolated nodes: repulsion alone, and a deep tree where the start put two close together
        let pos = layout(300, &[]);
        assert!(pos.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
    }
}
