"""The periodic jobs: their registry, the scheduler process and each job."""
