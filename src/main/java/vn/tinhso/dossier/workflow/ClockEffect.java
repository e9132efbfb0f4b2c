package vn.tinhso.dossier.workflow;

/** What an action does to the dossier's processing clock. */
public enum ClockEffect {
	KEEP, START, PAUSE, RESUME, STOP
}
