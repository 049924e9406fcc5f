/// What verify found on one scanned sheet: where it landed, how it compares tag by tag, and the codes' quality.
public struct SheetReport: Sendable, Codable, Equatable {
    /// The scan file, and its page within the file (from 1).
    public var file: String
    /// The job's sheet the scan was compared with, from 1.
    public var sheet: Int
    /// Whether the sheet has no finding other than symbol quality below what was asked... and none of those either.
    public var pass: Bool
    /// Tags the job printed on the sheet, and codes decoded in the scan.
    public var tagsExpected: Int, codesRead: Int
    /// How many codes the registration fitted, and their scatter about the fit, in millimetres.
    public var registeredOn: Int, residualMM: Double
    /// Where the page's top-left corner landed, right and down, in millimetres; the scale and the skew (degrees, clockwise).
    public var offsetXMM: Double, offsetYMM: Double, scale: Double, rotationDegrees: Double
    /// The mean shift of the codes from where the job put them, right and down, in millimetres.
    public var meanShiftXMM: Double, meanShiftYMM: Double
    /// Everything wrong, by label.
    public var findings: [Finding]
    /// Each decoded code's indicative quality.
    public var symbols: [SymbolQuality]
}

/// Every sheet of a verify run, with the correction the next run should print with.
public struct VerifyReport: Sendable, Codable, Equatable {
    /// Whether every sheet passed.
    public var pass: Bool
    public var sheets: [SheetReport]
    /// The correction that puts the print where the job wants it (`--offset X,Y --scale F`), from the sheets' mean.
    public var correction: Correction?
    /// Said with every report: the quality figures are not a grade.
    public var qualityNote = "symbol quality is indicative (module size, quiet zone, contrast), not an ISO/IEC 15415/15416 grade"

    /// A printer correction in the terms `--offset` and `--scale` take.
    public struct Correction: Sendable, Codable, Equatable {
        public var offsetXMM: Double, offsetYMM: Double, scale: Double
        /// `--offset` as given on the command line: `0.42mm,-0.18mm`.
        public var offset: String { "\(Self.mm(offsetXMM)),\(Self.mm(offsetYMM))" }
        /// `--scale` as given on the command line, six decimals.
        public var scaleText: String { String(format: "%.6f", scale) }
        static func mm(_ v: Double) -> String { String(format: "%.2fmm", abs(v) < 0.005 ? 0 : v) }
    }

    /// Gathers sheets; `current` is the correction the job printed with (offset in mm, scale), which the new one replaces.
    public init(sheets: [SheetReport], current: (x: Double, y: Double, scale: Double)) {
        self.sheets = sheets
        pass = sheets.allSatisfy(\.pass)
        let fitted = sheets.filter { $0.registeredOn >= 1 && !$0.findings.contains { $0.kind == .wrongStart } }
        if !fitted.isEmpty {
            // The print landed at p' = s p + t (per sheet, about the top-left corner); the job already moved it by c(p) = s0 p + d0.
            // The new correction is c ∘ M⁻¹: scale s0 / s, offset d0 − s0 t / s.
            let n = Double(fitted.count)
            let s = fitted.reduce(0) { $0 + $1.scale } / n
            let tx = fitted.reduce(0) { $0 + $1.offsetXMM } / n, ty = fitted.reduce(0) { $0 + $1.offsetYMM } / n
            correction = Correction(offsetXMM: current.x - current.scale * tx / s, offsetYMM: current.y - current.scale * ty / s, scale: current.scale / s)
        }
    }

    /// The human summary: one block per sheet, each finding on its line, then the verdict.
    public var summary: String {
        var lines: [String] = []
        for s in sheets {
            lines.append("\(s.file): sheet \(s.sheet): \(s.pass ? "pass" : "FAIL"): \(s.codesRead) of \(s.tagsExpected) codes read; "
                + String(format: "landed %+.2f mm right, %+.2f mm down, scale %.4f, skew %.2f°", s.offsetXMM, s.offsetYMM, s.scale, s.rotationDegrees))
            lines += s.findings.map { "  " + $0.line }
        }
        if let c = correction { lines.append("correction: --offset \(c.offset) --scale \(c.scaleText)") }
        lines.append("note: " + qualityNote)
        lines.append(pass ? "pass" : "FAIL: \(sheets.reduce(0) { $0 + $1.findings.count }) finding(s)")
        return lines.joined(separator: "\n")
    }
}
