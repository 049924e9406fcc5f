import Foundation

/// Finds how a sheet lies in a scan from its decoded codes: each code whose payload the sheet expects is a feature whose
/// page position is known. Every pair of matches proposes a transform; the one most codes agree with wins, and is refitted
/// by least squares on those codes alone, so swapped, duplicated and misplaced tags (outliers) do not pull it.
struct Registration {
    /// The page-to-scan transform.
    var transform: Similarity
    /// The matches the fit used: (label index, found symbol index).
    var inliers: [(label: Int, found: Int)]
    /// The root-mean-square distance of the inliers from where the transform puts them, in points.
    var residual: Double

    /// Limits on what a scan of the sheet can be: a few degrees of skew, a few per cent of scale, a shift of a few millimetres.
    struct Limits {
        var rotationDegrees = 6.0
        var scaleError = 0.06
        /// How far the page's centre may land from where the nominal resolution puts it, in points.
        var shift = 20 * 72 / 25.4
        /// How close a code must land to where the transform puts it to count, in points.
        var inlierRadius = 3 * 72 / 25.4
    }

    /// The best registration, or nil when no code the sheet expects was found.
    static func find(labels: [ExpectedLabel], found: [FoundSymbol], prior: Similarity, pageSize: Vec2, limits: Limits = Limits()) -> Registration? {
        var candidates: [(label: Int, found: Int)] = []
        for (f, symbol) in found.enumerated() {
            for (l, label) in labels.enumerated() where label.tag?.payload == symbol.payload && label.tag?.symbol != nil { candidates.append((l, f)) }
        }
        guard !candidates.isEmpty else { return nil }
        let centre = pageSize * 0.5
        func expected(_ l: Int) -> Vec2 { labels[l].tag!.symbol!.center }
        func plausible(_ t: Similarity) -> Bool {
            abs(t.scale / prior.scale - 1) <= limits.scaleError && abs(t.rotationDegrees) <= limits.rotationDegrees
                && t.apply(centre).distance(to: prior.apply(centre)) <= limits.shift * prior.scale
        }
        var hypotheses: [Similarity] = []
        // One match alone: the nominal scale, no rotation (a roll tag scanned alone has one code).
        for c in candidates {
            let e = expected(c.label), f = found[c.found].center
            hypotheses.append(Similarity(a: prior.a, b: prior.b, tx: f.x - (prior.a * e.x - prior.b * e.y), ty: f.y - (prior.b * e.x + prior.a * e.y)))
        }
        // Pairs of matches far enough apart to fix rotation and scale; a large sheet's pairs are thinned evenly, not at random.
        let stride = max(1, candidates.count / 60)
        for i in Swift.stride(from: 0, to: candidates.count, by: stride) {
            for j in Swift.stride(from: i + 1, to: candidates.count, by: stride) {
                let ci = candidates[i], cj = candidates[j]
                guard ci.label != cj.label, ci.found != cj.found, expected(ci.label).distance(to: expected(cj.label)) > 36 else { continue }
                if let t = Similarity.fit(from: [expected(ci.label), expected(cj.label)], to: [found[ci.found].center, found[cj.found].center]) {
                    hypotheses.append(t)
                }
            }
        }
        var best: Registration?
        for t in hypotheses where plausible(t) {
            guard var r = score(t, candidates: candidates, labels: labels, found: found, radius: limits.inlierRadius) else { continue }
            for _ in 0..<3 {
                guard let refit = fit(r.inliers, labels: labels, found: found, prior: prior), plausible(refit),
                      let next = score(refit, candidates: candidates, labels: labels, found: found, radius: limits.inlierRadius),
                      next.inliers.count >= r.inliers.count else { break }
                r = next
            }
            if best == nil || r.inliers.count > best!.inliers.count || (r.inliers.count == best!.inliers.count && r.residual < best!.residual - 1e-9) {
                best = r
            }
        }
        return best
    }

    /// The matches within `radius` of where `t` puts them, each label and each found code used once, nearest first.
    private static func score(_ t: Similarity, candidates: [(label: Int, found: Int)], labels: [ExpectedLabel], found: [FoundSymbol], radius: Double) -> Registration? {
        let pixelRadius = radius * t.scale
        let near = candidates.map { c in (c, t.apply(labels[c.label].tag!.symbol!.center).distance(to: found[c.found].center)) }
            .filter { $0.1 <= pixelRadius }.sorted { $0.1 < $1.1 }
        var usedLabels = Set<Int>(), usedFound = Set<Int>()
        var inliers: [(label: Int, found: Int)] = []
        var sum = 0.0
        for (c, d) in near where !usedLabels.contains(c.label) && !usedFound.contains(c.found) {
            usedLabels.insert(c.label); usedFound.insert(c.found); inliers.append(c); sum += d * d
        }
        guard !inliers.isEmpty else { return nil }
        return Registration(transform: t, inliers: inliers, residual: (sum / Double(inliers.count)).squareRoot() / t.scale)
    }

    /// The least-squares transform of the matches' centres; a lone code (a roll tag scanned alone) fixes only the shift,
    /// at the nominal scale and no rotation: a code a few millimetres across cannot measure either to the tolerance.
    private static func fit(_ inliers: [(label: Int, found: Int)], labels: [ExpectedLabel], found: [FoundSymbol], prior: Similarity) -> Similarity? {
        if inliers.count == 1 {
            let e = labels[inliers[0].label].tag!.symbol!.center, f = found[inliers[0].found].center
            return Similarity(a: prior.a, b: prior.b, tx: f.x - (prior.a * e.x - prior.b * e.y), ty: f.y - (prior.b * e.x + prior.a * e.y))
        }
        return Similarity.fit(from: inliers.map { labels[$0.label].tag!.symbol!.center }, to: inliers.map { found[$0.found].center })
    }
}
