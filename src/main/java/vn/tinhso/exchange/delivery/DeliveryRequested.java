package vn.tinhso.exchange.delivery;

/** An outgoing edXML message waits to be posted to its partner; kept in the event publication registry until it is. */
public record DeliveryRequested(long messageId) {
}
