package vn.tinhso.dossier.web;

import jakarta.servlet.http.HttpServletRequest;

import vn.tinhso.dossier.core.ResultDelivery;

/**
 * How a returned result was delivered, as the officer entered it, read straight from the request's
 * parameters: binding a model attribute cost every action a data binder, though only returning the
 * result uses these fields. Several values of one field are joined with commas, as binding joined them.
 */
final class DeliveryFields {

	private DeliveryFields() {
	}

	static ResultDelivery.Entered of(HttpServletRequest request) {
		return new ResultDelivery.Entered(value(request, "delivery"), value(request, "receiverName"),
				value(request, "receiverIdNumber"), value(request, "postalTracking"));
	}

	private static String value(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? null : String.join(",", values);
	}
}
