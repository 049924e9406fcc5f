import CYaml
import Foundation

/// Checks raw input before the YAML library composes it: size, UTF-8, control characters, nesting depth
/// and node count.
///
/// Yams composes recursively, so a few thousand nested brackets overflow the stack; libyaml's event
/// parser keeps its own stacks on the heap, so walking its events is a safe way to measure depth first.
enum YAMLInputGuard {
    /// Problems of the raw bytes; an empty list means the bytes decode to text worth parsing.
    static func checkBytes(_ bytes: UnsafeBufferPointer<UInt8>, limits: YAMLLimits,
                           report: (String, Int?, YAMLProblem.Value?) -> Void) -> Bool {
        if bytes.count > limits.maxBytes {
            report("the file is larger than the limit of \(limits.maxBytes) bytes", nil, nil)
            return false
        }
        var line = 1
        var index = 0
        var reported = 0
        var clean = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    line += 1
                } else if byte < 0x20 && byte != 0x09 && byte != 0x0D || byte == 0x7F {
                    clean = false
                    if reported < 20 {
                        reported += 1
                        report(byte == 0 ? "NUL byte in the text" : "control character in the text", line,
                               .text(String(format: "0x%02X", byte)))
                    }
                }
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else {
                clean = false
                if reported < 20 {
                    reported += 1
                    report("not UTF-8 text", line, .text(String(format: "byte 0x%02X", byte)))
                }
                index += 1
                continue
            }
            // C1 controls (U+0080-U+009F) are two bytes starting 0xC2 0x80-0x9F; YAML forbids them too.
            if byte == 0xC2 && bytes[index + 1] < 0xA0 {
                clean = false
                if reported < 20 {
                    reported += 1
                    report("control character in the text", line,
                           .text(String(format: "U+%04X", Int(bytes[index + 1]))))
                }
            }
            index += length
        }
        return clean
    }

    /// The length of a well-formed UTF-8 sequence starting at `index`, or 0 when it is malformed.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return 0 }
        for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// Walks libyaml's events and reports the first place where nesting or the expanded node count goes
    /// over the limits; syntax errors are left for the composer, which reports them with their line.
    static func checkStructure(_ bytes: UnsafeBufferPointer<UInt8>, limits: YAMLLimits,
                               report: (String, Int?, YAMLProblem.Value?) -> Void) -> Bool {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            report("out of memory while reading YAML", nil, nil)
            return false
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

        // Expanded sizes of anchored nodes, so that aliases count as the nodes they stand for.
        var anchorSizes: [String: Int] = [:]
        var open: [(anchor: String?, start: Int)] = []
        var total = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return true }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return true
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = event.type == YAML_SEQUENCE_START_EVENT
                    ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                open.append((anchor.map { String(cString: $0) }, total))
                total += 1
                if open.count > limits.maxDepth {
                    report("lists and mappings nest deeper than \(limits.maxDepth) levels", line, nil)
                    return false
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let (anchor, start) = open.popLast(), let anchor { anchorSizes[anchor] = total - start }
            case YAML_SCALAR_EVENT:
                total += 1
                if let anchor = event.data.scalar.anchor { anchorSizes[String(cString: anchor)] = 1 }
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                total += anchorSizes[name] ?? 1
            default:
                break
            }
            if total > limits.maxNodes {
                report("more than \(limits.maxNodes) values (aliases counted as what they repeat)", line, nil)
                return false
            }
        }
    }
}
