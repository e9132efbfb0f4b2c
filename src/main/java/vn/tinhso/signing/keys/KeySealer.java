package vn.tinhso.signing.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;

import vn.tinhso.platform.DomainException;

/**
 * AES-GCM under the master key, with the owner as associated data: {@code 1 || nonce(12) || ciphertext+tag}.
 * A fresh random nonce per sealing; GCM's tag makes a wrong key or a tampered row fail loudly.
 */
@Component
class KeySealer {

	private static final byte VERSION = 1;
	private static final int NONCE = 12;
	private static final int TAG_BITS = 128;

	private final MasterKey master;
	private final SecureRandom random = new SecureRandom();

	KeySealer(MasterKey master) {
		this.master = master;
	}

	byte[] seal(byte[] plain, KeyOwner owner) {
		byte[] nonce = new byte[NONCE];
		random.nextBytes(nonce);
		try {
			Cipher aes = cipher(Cipher.ENCRYPT_MODE, nonce, owner);
			byte[] sealed = aes.doFinal(plain);
			return ByteBuffer.allocate(1 + NONCE + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM unavailable", e);
		}
	}

	byte[] open(byte[] sealed, KeyOwner owner) {
		if (sealed.length < 1 + NONCE + TAG_BITS / 8 || sealed[0] != VERSION) {
			throw DomainException.conflict("signing.key-unreadable");
		}
		try {
			byte[] nonce = java.util.Arrays.copyOfRange(sealed, 1, 1 + NONCE);
			return cipher(Cipher.DECRYPT_MODE, nonce, owner).doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE);
		}
		catch (AEADBadTagException e) {
			// Another master key, or a row moved or altered: refuse rather than guess.
			throw DomainException.conflict("signing.key-unreadable");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM unavailable", e);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, KeyOwner owner) throws GeneralSecurityException {
		Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
		aes.init(mode, master.key(), new GCMParameterSpec(TAG_BITS, nonce));
		aes.updateAAD(owner.associatedData().getBytes(StandardCharsets.UTF_8));
		return aes;
	}
}
