"""The periodic jobs: their catalogue, the scheduler process and each job."""
