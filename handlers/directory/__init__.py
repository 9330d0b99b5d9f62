"""Who is who on the committee: members and their sessions and devices, who may see a ticket
(access and conflicts), the agencies, the audit trail, and how members are reached (alerts,
recipients). Below tickets and complaints, which both ask it."""
