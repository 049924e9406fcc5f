import CFriBidi
import CHarfBuzz

/// The script of every code point, with Common and Inherited ones (spaces, digits, punctuation, marks) taking their neighbours'.
///
/// Follows Pango's and libraqm's itemizers: a mark takes its base's script; a Common character the script before it;
/// a closing bracket the script of its opening one, and text after a bidi isolate (PDI) the script before it began;
/// Common text at the start the first real script after it.
enum ScriptResolver {
    static func scripts(of scalars: [UInt32]) -> [hb_script_t] {
        let functions = hb_unicode_funcs_get_default()
        var scripts = scalars.map { hb_unicode_script(functions, $0) }
        var current: hb_script_t? = nil
        var firstResolved: Int? = nil
        // Open brackets, with the script in force where each opened.
        var open: [(bracket: UInt32, script: hb_script_t?)] = []
        for i in scripts.indices {
            let script = scripts[i]
            if script != HB_SCRIPT_COMMON && script != HB_SCRIPT_INHERITED && script != HB_SCRIPT_UNKNOWN {
                current = script
                if firstResolved == nil { firstResolved = i }
                continue
            }
            let bracket = fribidi_get_bracket(scalars[i])
            if (0x2066...0x2068).contains(scalars[i]) {
                // An isolate opens like a bracket, under an id no bracket uses (the PDI code point).
                open.append((0x2069, current))
            } else if scalars[i] == 0x2069, let match = open.lastIndex(where: { $0.bracket == 0x2069 }) {
                current = open[match].script ?? current
                open.removeSubrange(match...)
            } else if bracket != 0 {
                let id = bracket & 0x7fff_ffff
                if bracket & 0x8000_0000 != 0 {
                    open.append((id, current))
                } else if let match = open.lastIndex(where: { $0.bracket == id }) {
                    current = open[match].script ?? current
                    open.removeSubrange(match...)
                }
            }
            if let current { scripts[i] = current }
        }
        if let first = firstResolved {
            for i in 0..<first { scripts[i] = scripts[first] }
        } else {
            // No letter at all (digits, punctuation, marks): shaped as Common, which HarfBuzz's default shaper handles.
            scripts = scripts.map { _ in HB_SCRIPT_COMMON }
        }
        return scripts
    }

    /// The ISO 15924 code of a HarfBuzz script, e.g. "Arab".
    static func code(_ script: hb_script_t) -> String {
        let tag = script.rawValue
        let bytes = [24, 16, 8, 0].map { UInt8((tag >> UInt32($0)) & 0xff) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
