import Foundation
import HTTPTypes
import LeadprintServe
import NIOCore
import NIOHTTPTypes

/// Bounds how long a client may take to send a request, and refuses at once a body declared larger than the limit.
///
/// Without it, a client that trickles its headers a byte at a time, or declares a body of 10^15 bytes and sends none,
/// holds a connection for ever. The header clock runs from the connection's start (and from the end of each answer,
/// for the next request on a kept-alive connection) until the request's head has arrived; the body clock from the
/// head until the body's end. Either running out closes the connection.
final class ReadDeadlines: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let headerTimeout: TimeAmount
    private let bodyTimeout: TimeAmount
    private let bodyLimit: Int
    private var timer: Scheduled<Void>?
    private var refused = false

    /// A handler for one connection.
    init(headerSeconds: Double, bodySeconds: Double, bodyLimit: Int) {
        headerTimeout = .milliseconds(Int64(headerSeconds * 1000))
        bodyTimeout = .milliseconds(Int64(bodySeconds * 1000))
        self.bodyLimit = bodyLimit
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(context, headerTimeout) }
    }

    func channelActive(context: ChannelHandlerContext) {
        arm(context, headerTimeout)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) { disarm() }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refused else { return }
        switch unwrapInboundIn(data) {
        case .head(let head):
            if let declared = head.headerFields[.contentLength], Self.exceeds(declared, bodyLimit) {
                refuse(context)
                return
            }
            arm(context, bodyTimeout)
        case .body: break
        case .end: disarm()
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // The answer is complete: the next request on this connection has the header time again.
        if case .end = unwrapOutboundIn(data) { arm(context, headerTimeout) }
        context.write(data, promise: promise)
    }

    /// Whether a declared `Content-Length` is over the limit; a number too large for an Int is.
    static func exceeds(_ declared: String, _ limit: Int) -> Bool {
        let digits = declared.trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        return Int(digits).map { $0 > limit } ?? true
    }

    private func arm(_ context: ChannelHandlerContext, _ amount: TimeAmount) {
        timer?.cancel()
        let channel = context.channel
        timer = context.eventLoop.scheduleTask(in: amount) { channel.close(promise: nil) }
    }

    private func disarm() {
        timer?.cancel()
        timer = nil
    }

    /// Answers 413 without reading the body, then closes the connection.
    private func refuse(_ context: ChannelHandlerContext) {
        refused = true
        disarm()
        let text = "{\"error\":\"\(ServerError.bodyTooLarge(limit: bodyLimit))\"}"
        var body = context.channel.allocator.buffer(capacity: text.utf8.count)
        body.writeString(text)
        let head = HTTPResponse(status: .contentTooLarge, headerFields: [.contentType: "application/json; charset=utf-8",
                                                                          .contentLength: String(body.readableBytes), .connection: "close"])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }
}
