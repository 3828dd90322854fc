"""GenAI Readiness Planner: decide whether, and how, an organisation can deploy a generative-AI model."""

__version__ = "0.1.0"
APP_NAME = "GenAI Readiness Planner"
