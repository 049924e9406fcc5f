/// The known word closest to a misspelt one, by edit distance, for "did you mean" answers.
public enum NearestWord {
    /// The candidate with the smallest case-insensitive edit distance to `word`, when it is close enough to be a typo
    /// (at most two edits, or a third of the word's letters); ties go to the longer shared beginning (a truncated word),
    /// then to the earlier candidate.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased().prefix(64))
        var best: (word: String, distance: Int, shared: Int)?
        for candidate in candidates {
            let letters = Array(candidate.lowercased())
            let distance = editDistance(target, letters)
            let shared = zip(target, letters).prefix { $0 == $1 }.count
            if best == nil || distance < best!.distance || distance == best!.distance && shared > best!.shared {
                best = (candidate, distance, shared)
            }
        }
        guard let best, best.distance <= max(2, target.count / 3) else { return nil }
        return best.word
    }

    /// Levenshtein distance: insertions, deletions and substitutions each cost one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
