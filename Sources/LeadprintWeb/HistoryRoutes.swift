import Foundation
import HTTPTypes
import Hummingbird
import JobHistory
import LeadprintKit
import LeadprintServe
import Render

/// The job history over HTTP (`--data DIR`): renders are recorded; entries are listed, searched, shown and
/// downloaded again, the bytes checked against the recorded hash.
struct HistoryRoutes: Sendable {
    let history: JobHistory
    let pool: RenderPool

    /// The paths and methods these routes add, for `MethodCheck`.
    static let methods: [String: [HTTPRequest.Method]] = ["/api/history": [.get], "/api/history/:id": [.get], "/api/history/:id/download": [.get],
                                                         "/api/stocks": [.get]]

    /// The same paths on a server started without `--data`: a JSON 404 saying why, as the API's other errors are.
    static func addAbsent(to router: Router<BasicRequestContext>) {
        for path in methods.keys.sorted() {
            router.get(RouterPath(stringLiteral: path)) { _, _ in
                var response = try json(ErrorResponse(error: "this server keeps no job history: start it with --data DIR"))
                response.status = .notFound
                return response
            }
        }
    }

    /// Opens `DIR/history.sqlite`, making the folder and the file on first run; nil without `--data`.
    static func open(_ settings: WebSettings) throws -> JobHistory? {
        guard let folder = settings.dataFolder else { return nil }
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw HistoryError.cannotOpen(path: folder, reason: "cannot make the data folder: \((error as NSError).localizedDescription)")
        }
        return try JobHistory(path: URL(fileURLWithPath: folder).appendingPathComponent("history.sqlite").path)
    }

    /// Records a render made with the server's own catalog (an uploaded catalog is not kept, so such a render could not
    /// be made again and is not recorded).
    func record(_ job: PrintJob, engine: PrintEngine, data: Data, uploadedCatalog: Bool) throws {
        guard !uploadedCatalog else { return }
        try JobRecorder(history: history).record(job, jobFile: JobFile(jobs: [job]), engine: engine, data: data, destination: "web download")
    }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/history") { request, _ in
            try await answer {
                let limit = try Self.limit(request)
                let entries = try await pool.run {
                    if let text = request.uri.queryParameters.get("q"), !text.isEmpty { return try history.search(text, limit: limit) }
                    return try history.list(limit: limit)
                }
                return try Self.json(["entries": entries.map(HistoryItem.init)])
            }
        }
        router.get("/api/history/:id") { _, context in
            try await answer {
                let id = try Self.id(context)
                return try Self.json(HistoryItem(try await pool.run { try history.entry(id) }, withJobFile: true))
            }
        }
        router.get("/api/history/:id/download") { _, context in
            try await answer {
                let id = try Self.id(context)
                let (data, name, type) = try await pool.run {
                    let replay = try JobReplay(history.entry(id))
                    let data = try replay.data()
                    let format = try replay.engine.formats(for: replay.job)[0]
                    return (data, "\(try replay.engine.defaultName(for: replay.job.document)).\(format.rawValue)", format.mediaType)
                }
                var headers: HTTPFields = [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""]
                headers[HTTPField.Name("X-Output-SHA256")!] = OutputHash.of(data)
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
        }
        router.get("/api/stocks") { _, _ in
            try await answer { try Self.json(["stocks": try await pool.run { try history.sheetStates() }]) }
        }
    }

    /// Runs a handler; history errors become 404 (no such entry), 409 (a reprint whose bytes changed) or 500.
    private func answer(_ body: () async throws -> Response) async throws -> Response {
        do { return try await body() } catch let error as HistoryError {
            let status: HTTPResponse.Status = switch error {
            case .noSuchEntry: .notFound
            case .reprintDiffers: .conflict
            default: .internalServerError
            }
            var response = try Self.json(ErrorResponse(error: error.description))
            response.status = status
            return response
        } catch { return try ErrorResponse.response(for: error) }
    }

    private static func id(_ context: BasicRequestContext) throws -> Int64 {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text), id >= 1 else { throw ServerError.badParameter(name: "id", value: WebApp.printable(text), expected: "an entry number") }
        return id
    }

    private static func limit(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters.get("limit") else { return 50 }
        guard let limit = Int(text), (1...1000).contains(limit) else { throw ServerError.badParameter(name: "limit", value: WebApp.printable(text), expected: "1 to 1000") }
        return limit
    }

    private static func json(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}

/// One history entry as the API gives it; the job file only when one entry is asked for.
struct HistoryItem: Encodable {
    var id: Int64
    var createdAt: Date
    var kind: String
    var catalogRevision: String
    var summary: [String]
    var outputHash: String
    var outputBytes: Int64
    var destination: String
    var keywords: String
    var stock: String?
    var jobFile: String?

    init(_ entry: JobEntry) { self.init(entry, withJobFile: false) }

    init(_ entry: JobEntry, withJobFile: Bool) {
        id = entry.id ?? 0
        createdAt = entry.createdAt
        kind = entry.kind
        catalogRevision = entry.catalogRevision
        summary = entry.summary.split(separator: "\n").map(String.init)
        outputHash = entry.outputHash
        outputBytes = entry.outputBytes
        destination = entry.destination
        keywords = entry.keywords
        stock = entry.stock
        jobFile = withJobFile ? entry.jobFile : nil
    }
}

extension OutputFormat {
    /// The Content-Type of the format's bytes.
    var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .svg: "image/svg+xml"
        case .ptouch, .zpl: "application/octet-stream"
        }
    }
}
