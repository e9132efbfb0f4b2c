package vn.tinhso.platform;

/** Implemented by every security principal TinhSo creates, so modules can ask who is acting. */
public interface ActorPrincipal {

	Actor actor();
}
