package vn.tinhso.platform.backup;

/** A backup or restore refused or failed, with a message meant for the operator running the command. */
class BackupException extends RuntimeException {

	BackupException(String message) {
		super(message);
	}

	BackupException(String message, Throwable cause) {
		super(message, cause);
	}
}
