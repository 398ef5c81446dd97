package io.ismskit.core.governance;

/** Whether a policy is the information security policy of clause 5.2 or a topic-specific one (A.5.1). */
public enum PolicyKind {
  /** The top-level information security policy (clause 5.2). */
  INFORMATION_SECURITY,
  /** A topic-specific policy such as access control or cryptography (control A.5.1). */
  TOPIC_SPECIFIC
}
