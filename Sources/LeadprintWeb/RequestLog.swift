import Foundation
import Hummingbird

/// One line per request on standard error: method, path, status, time.
struct RequestLog: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = Date()
        let response: Response
        do { response = try await next(request, context) } catch {
            log(request, status: (error as? HTTPResponseError)?.status.code ?? 500, start: start)
            throw error
        }
        log(request, status: response.status.code, start: start)
        return response
    }

    private func log(_ request: Request, status: Int, start: Date) {
        let ms = Int(Date().timeIntervalSince(start) * 1000)
        FileHandle.standardError.write(Data("\(request.method.rawValue) \(request.uri.path) \(status) \(ms) ms\n".utf8))
    }
}
