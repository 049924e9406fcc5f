import Foundation
import LeadprintKit
import LeadprintServe
import Yams
import YAMLSupport

/// Checks a request's JSON the way a job file is checked, before it is decoded: every key known at its level (an
/// unknown one answered with the nearest known key, by the job files' own checker), and no control character in any
/// text of the job.
///
/// JSON decoding alone ignores keys it does not know, so `{"tags": {"stes": 1}}` rendered one set and a `lang`
/// placed inside `tags` gave an English document, both with 200.
enum RequestCheck {
    /// The keys of a request's top level.
    static let keys = ["job", "catalog", "catalogName"]

    /// Throws `ServerError.badField` naming the first problem's field (`job.tags.stes`), or `badRequest` when the body is not JSON.
    static func check(_ data: Data) throws {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            throw ServerError.badRequest("the request body is not JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? error)")
        }
        guard let top = json as? [String: Any] else { throw ServerError.badField(field: "request", message: "expected a mapping of fields") }
        let reader = YAMLReader(fileName: "request")
        guard let root = node(top).mapping else { return }
        reader.checkKeys(root, allowed: keys)
        if let job = root["job"], job.null == nil, let map = reader.mapping(job, field: "job") {
            reader.checkKeys(map, allowed: PrintJob.keys, prefix: "job")
            for kind in DocumentJob.kinds {
                guard let options = map[kind], options.null == nil, let optionMap = reader.mapping(options, field: "job.\(kind)") else { continue }
                reader.checkKeys(optionMap, allowed: JobFileLoader.optionKeys(kind), prefix: "job.\(kind)")
            }
        }
        if let problem = reader.sortedProblems.first {
            let more = reader.problems.count > 1 ? " (and \(reader.problems.count - 1) more)" : ""
            throw ServerError.badField(field: problem.field ?? "request", message: problem.message + more)
        }
        if let job = top["job"] { try checkText(job, path: "job") }
    }

    /// The decoding error of a JSON body read as YAML (JSON is YAML), which carries the path Foundation's decoder leaves out.
    static func locate(_ data: Data) -> DecodingError? {
        do {
            _ = try YAMLDecoder().decode(WebRequest.self, from: String(decoding: data, as: UTF8.self))
            return nil
        } catch let error as DecodingError {
            return error
        } catch {
            return nil
        }
    }

    /// Refuses a control character (NUL, escape, a line break…) in any text of the job, since no field prints one, and
    /// a null, which decoding would take silently for the field's default.
    private static func checkText(_ value: Any, path: String) throws {
        switch value {
        case let text as String:
            if let bad = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
                throw ServerError.badField(field: path, message: "must not hold a control character (U+\(String(format: "%04X", bad.value)))")
            }
        case let map as [String: Any]:
            for key in map.keys.sorted() {
                try checkText(key, path: path)
                try checkText(map[key] as Any, path: "\(path).\(key)")
            }
        case let list as [Any]:
            for (index, item) in list.enumerated() { try checkText(item, path: "\(path)[\(index + 1)]") }
        case is NSNull:
            throw ServerError.badField(field: path, message: "must not be null (leave the field out for its default)")
        default: break
        }
    }

    /// The JSON value as a YAML node, keys sorted so problems come in one order; the checker reads only its shape and keys.
    private static func node(_ value: Any) -> Node {
        switch value {
        case let map as [String: Any]:
            return .mapping(Node.Mapping(map.keys.sorted().map { (Node.scalar(.init($0)), node(map[$0] as Any)) }))
        case let list as [Any]:
            return .sequence(Node.Sequence(list.map(node)))
        case is NSNull:
            return .scalar(.init("null"))
        default:
            return .scalar(.init("\(value)"))
        }
    }
}
