# Fivetran webhooks of the account Sandbox Inc. (demo) (sandbox_account).
# 36 webhooks, exported 2026-01-01T12:00:00Z by fivetran-webhooks.
#
# For Fivetran's provider, pinned in the terraform block below. The import blocks
# (Terraform 1.5+) adopt the existing webhooks instead of creating copies of them;
# the equivalent `terraform import` commands are at the end.
#
# Secrets are managed: each webhook's comes from var.webhook_secrets, keyed by
# resource name. Set it in a *.auto.tfvars file kept out of version control, or
# in the environment as TF_VAR_webhook_secrets. A webhook missing from the map
# stops the plan with an error that names it.
# WARNING: Fivetran never returns a secret, so Terraform cannot tell whether one
# changed: the next apply sets the secret of EVERY webhook below. Receivers that
# check signatures must know the new secrets by then.

terraform {
  required_providers {
    fivetran = {
      source  = "fivetran/fivetran"
      version = ">= 1.1.19, < 2.0.0"
    }
  }
}

variable "webhook_secrets" {
  description = "Signing secret of each webhook, keyed by resource name"
  type        = map(string)
  sensitive   = true
  default     = {}

  validation {
    condition     = alltrue([for secret in values(var.webhook_secrets) : secret != ""])
    error_message = "Every secret in webhook_secrets must be non-empty."
  }
}

resource "fivetran_webhook" "account_hooks_example_com" {
  type   = "account"
  url    = "https://hooks.example.com/fivetran/sync-status"
  events = ["sync_start", "sync_end"]
  active = true
  secret = var.webhook_secrets["account_hooks_example_com"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_hooks_example_com")
      error_message = "No secret for fivetran_webhook.account_hooks_example_com in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_hooks_example_com
  id = "breezy_wren"
}

resource "fivetran_webhook" "group_autumn_basin_hooks_example_com" {
  type     = "group"
  group_id = "autumn_basin"
  url      = "https://hooks.example.com/fivetran/alerts"
  events   = ["sync_end"]
  active   = true
  secret   = var.webhook_secrets["group_autumn_basin_hooks_example_com"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_autumn_basin_hooks_example_com")
      error_message = "No secret for fivetran_webhook.group_autumn_basin_hooks_example_com in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_autumn_basin_hooks_example_com
  id = "festive_acorn"
}

resource "fivetran_webhook" "group_jovial_badger_alerts_example_org" {
  type     = "group"
  group_id = "jovial_badger"
  url      = "https://alerts.example.org/incoming/fivetran"
  events   = ["connection_failure", "connection_successful"]
  active   = true
  secret   = var.webhook_secrets["group_jovial_badger_alerts_example_org"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_jovial_badger_alerts_example_org")
      error_message = "No secret for fivetran_webhook.group_jovial_badger_alerts_example_org in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_jovial_badger_alerts_example_org
  id = "ardent_ivy"
}

resource "fivetran_webhook" "account_ops_example_net" {
  type   = "account"
  url    = "https://ops.example.net/webhooks/data-platform"
  events = ["dbt_run_start", "dbt_run_succeeded", "dbt_run_failed"]
  active = true
  secret = var.webhook_secrets["account_ops_example_net"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_ops_example_net")
      error_message = "No secret for fivetran_webhook.account_ops_example_net in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_ops_example_net
  id = "bold_falcon"
}

resource "fivetran_webhook" "group_deft_horizon_hooks_example_com" {
  type     = "group"
  group_id = "deft_horizon"
  url      = "https://hooks.example.com/slack-relay/data-team"
  events   = ["sync_end", "status"]
  active   = false
  secret   = var.webhook_secrets["group_deft_horizon_hooks_example_com"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_deft_horizon_hooks_example_com")
      error_message = "No secret for fivetran_webhook.group_deft_horizon_hooks_example_com in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_deft_horizon_hooks_example_com
  id = "brave_fjord"
}

resource "fivetran_webhook" "group_graceful_quartz_hooks_example_com" {
  type     = "group"
  group_id = "graceful_quartz"
  url      = "https://hooks.example.com/pagerduty/fivetran"
  events   = ["create_connector", "delete_connector", "pause_connector", "resume_connector"]
  active   = true
  secret   = var.webhook_secrets["group_graceful_quartz_hooks_example_com"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_graceful_quartz_hooks_example_com")
      error_message = "No secret for fivetran_webhook.group_graceful_quartz_hooks_example_com in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_graceful_quartz_hooks_example_com
  id = "agile_quarry"
}

resource "fivetran_webhook" "account_airflow_example_com" {
  type   = "account"
  url    = "https://airflow.example.com/api/v1/dags/fivetran_trigger/dagRuns"
  events = ["sync_end", "connection_failure", "dbt_run_failed"]
  active = true
  secret = var.webhook_secrets["account_airflow_example_com"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_airflow_example_com")
      error_message = "No secret for fivetran_webhook.account_airflow_example_com in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_airflow_example_com
  id = "cobalt_crest"
}

resource "fivetran_webhook" "group_autumn_basin_dbt_example_com" {
  type     = "group"
  group_id = "autumn_basin"
  url      = "https://dbt.example.com/hooks/fivetran"
  events   = ["transformation_run_failed"]
  active   = true
  secret   = var.webhook_secrets["group_autumn_basin_dbt_example_com"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_autumn_basin_dbt_example_com")
      error_message = "No secret for fivetran_webhook.group_autumn_basin_dbt_example_com in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_autumn_basin_dbt_example_com
  id = "ochre_brook"
}

resource "fivetran_webhook" "group_jovial_badger_hooks_example_com" {
  type     = "group"
  group_id = "jovial_badger"
  url      = "https://hooks.example.com/teams/finance-data"
  events   = ["force_update_connector", "resync_connector", "resync_table"]
  active   = true
  secret   = var.webhook_secrets["group_jovial_badger_hooks_example_com"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_jovial_badger_hooks_example_com")
      error_message = "No secret for fivetran_webhook.group_jovial_badger_hooks_example_com in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_jovial_badger_hooks_example_com
  id = "bright_tundra"
}

resource "fivetran_webhook" "account_status_example_org" {
  type   = "account"
  url    = "https://status.example.org/fivetran/events"
  events = ["sync_start", "sync_end", "connection_successful", "connection_failure", "create_connector", "edit_connector", "dbt_run_succeeded", "dbt_run_failed"]
  active = false
  secret = var.webhook_secrets["account_status_example_org"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_status_example_org")
      error_message = "No secret for fivetran_webhook.account_status_example_org in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_status_example_org
  id = "deft_prairie"
}

resource "fivetran_webhook" "group_deft_horizon_hooks_example_com_solar_beacon" {
  type     = "group"
  group_id = "deft_horizon"
  url      = "https://hooks.example.com/marketing/attribution-refresh"
  events   = ["dbt_run_failed"]
  active   = true
  secret   = var.webhook_secrets["group_deft_horizon_hooks_example_com_solar_beacon"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_deft_horizon_hooks_example_com_solar_beacon")
      error_message = "No secret for fivetran_webhook.group_deft_horizon_hooks_example_com_solar_beacon in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_deft_horizon_hooks_example_com_solar_beacon
  id = "solar_beacon"
}

resource "fivetran_webhook" "group_graceful_quartz_lambda_example_com" {
  type     = "group"
  group_id = "graceful_quartz"
  url      = "https://lambda.example.com/prod/fivetran-handler"
  events   = ["transformation_start", "transformation_succeeded", "transformation_failed"]
  active   = true
  secret   = var.webhook_secrets["group_graceful_quartz_lambda_example_com"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_graceful_quartz_lambda_example_com")
      error_message = "No secret for fivetran_webhook.group_graceful_quartz_lambda_example_com in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_graceful_quartz_lambda_example_com
  id = "bronze_walrus"
}

resource "fivetran_webhook" "account_hooks_example_com_airy_thistle" {
  type   = "account"
  url    = "https://hooks.example.com/fivetran/sync-status?copy=1"
  events = ["sync_start", "sync_end"]
  active = true
  secret = var.webhook_secrets["account_hooks_example_com_airy_thistle"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_hooks_example_com_airy_thistle")
      error_message = "No secret for fivetran_webhook.account_hooks_example_com_airy_thistle in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_hooks_example_com_airy_thistle
  id = "airy_thistle"
}

resource "fivetran_webhook" "group_autumn_basin_hooks_example_com_kind_nebula" {
  type     = "group"
  group_id = "autumn_basin"
  url      = "https://hooks.example.com/fivetran/alerts?copy=1"
  events   = ["sync_end"]
  active   = true
  secret   = var.webhook_secrets["group_autumn_basin_hooks_example_com_kind_nebula"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_autumn_basin_hooks_example_com_kind_nebula")
      error_message = "No secret for fivetran_webhook.group_autumn_basin_hooks_example_com_kind_nebula in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_autumn_basin_hooks_example_com_kind_nebula
  id = "kind_nebula"
}

resource "fivetran_webhook" "group_jovial_badger_alerts_example_org_abiding_nectar" {
  type     = "group"
  group_id = "jovial_badger"
  url      = "https://alerts.example.org/incoming/fivetran?copy=1"
  events   = ["connection_failure", "connection_successful"]
  active   = false
  secret   = var.webhook_secrets["group_jovial_badger_alerts_example_org_abiding_nectar"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_jovial_badger_alerts_example_org_abiding_nectar")
      error_message = "No secret for fivetran_webhook.group_jovial_badger_alerts_example_org_abiding_nectar in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_jovial_badger_alerts_example_org_abiding_nectar
  id = "abiding_nectar"
}

resource "fivetran_webhook" "account_ops_example_net_ample_cliff" {
  type   = "account"
  url    = "https://ops.example.net/webhooks/data-platform?copy=1"
  events = ["dbt_run_start", "dbt_run_succeeded", "dbt_run_failed"]
  active = true
  secret = var.webhook_secrets["account_ops_example_net_ample_cliff"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_ops_example_net_ample_cliff")
      error_message = "No secret for fivetran_webhook.account_ops_example_net_ample_cliff in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_ops_example_net_ample_cliff
  id = "ample_cliff"
}

resource "fivetran_webhook" "group_deft_horizon_hooks_example_com_ardent_mist" {
  type     = "group"
  group_id = "deft_horizon"
  url      = "https://hooks.example.com/slack-relay/data-team?copy=1"
  events   = ["sync_end", "status"]
  active   = true
  secret   = var.webhook_secrets["group_deft_horizon_hooks_example_com_ardent_mist"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_deft_horizon_hooks_example_com_ardent_mist")
      error_message = "No secret for fivetran_webhook.group_deft_horizon_hooks_example_com_ardent_mist in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_deft_horizon_hooks_example_com_ardent_mist
  id = "ardent_mist"
}

resource "fivetran_webhook" "group_graceful_quartz_hooks_example_com_earnest_lantern" {
  type     = "group"
  group_id = "graceful_quartz"
  url      = "https://hooks.example.com/pagerduty/fivetran?copy=1"
  events   = ["create_connector", "delete_connector", "pause_connector", "resume_connector"]
  active   = true
  secret   = var.webhook_secrets["group_graceful_quartz_hooks_example_com_earnest_lantern"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_graceful_quartz_hooks_example_com_earnest_lantern")
      error_message = "No secret for fivetran_webhook.group_graceful_quartz_hooks_example_com_earnest_lantern in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_graceful_quartz_hooks_example_com_earnest_lantern
  id = "earnest_lantern"
}

resource "fivetran_webhook" "account_airflow_example_com_misty_bison" {
  type   = "account"
  url    = "https://airflow.example.com/api/v1/dags/fivetran_trigger/dagRuns?copy=1"
  events = ["sync_end", "connection_failure", "dbt_run_failed"]
  active = true
  secret = var.webhook_secrets["account_airflow_example_com_misty_bison"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_airflow_example_com_misty_bison")
      error_message = "No secret for fivetran_webhook.account_airflow_example_com_misty_bison in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_airflow_example_com_misty_bison
  id = "misty_bison"
}

resource "fivetran_webhook" "group_autumn_basin_dbt_example_com_swift_nectar" {
  type     = "group"
  group_id = "autumn_basin"
  url      = "https://dbt.example.com/hooks/fivetran?copy=1"
  events   = ["transformation_run_failed"]
  active   = false
  secret   = var.webhook_secrets["group_autumn_basin_dbt_example_com_swift_nectar"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_autumn_basin_dbt_example_com_swift_nectar")
      error_message = "No secret for fivetran_webhook.group_autumn_basin_dbt_example_com_swift_nectar in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_autumn_basin_dbt_example_com_swift_nectar
  id = "swift_nectar"
}

resource "fivetran_webhook" "group_jovial_badger_hooks_example_com_cheery_aster" {
  type     = "group"
  group_id = "jovial_badger"
  url      = "https://hooks.example.com/teams/finance-data?copy=1"
  events   = ["force_update_connector", "resync_connector", "resync_table"]
  active   = true
  secret   = var.webhook_secrets["group_jovial_badger_hooks_example_com_cheery_aster"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_jovial_badger_hooks_example_com_cheery_aster")
      error_message = "No secret for fivetran_webhook.group_jovial_badger_hooks_example_com_cheery_aster in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_jovial_badger_hooks_example_com_cheery_aster
  id = "cheery_aster"
}

resource "fivetran_webhook" "account_status_example_org_witty_brook" {
  type   = "account"
  url    = "https://status.example.org/fivetran/events?copy=1"
  events = ["sync_start", "sync_end", "connection_successful", "connection_failure", "create_connector", "edit_connector", "dbt_run_succeeded", "dbt_run_failed"]
  active = true
  secret = var.webhook_secrets["account_status_example_org_witty_brook"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_status_example_org_witty_brook")
      error_message = "No secret for fivetran_webhook.account_status_example_org_witty_brook in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_status_example_org_witty_brook
  id = "witty_brook"
}

resource "fivetran_webhook" "group_deft_horizon_hooks_example_com_arctic_dune" {
  type     = "group"
  group_id = "deft_horizon"
  url      = "https://hooks.example.com/marketing/attribution-refresh?copy=1"
  events   = ["dbt_run_failed"]
  active   = true
  secret   = var.webhook_secrets["group_deft_horizon_hooks_example_com_arctic_dune"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_deft_horizon_hooks_example_com_arctic_dune")
      error_message = "No secret for fivetran_webhook.group_deft_horizon_hooks_example_com_arctic_dune in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_deft_horizon_hooks_example_com_arctic_dune
  id = "arctic_dune"
}

resource "fivetran_webhook" "group_graceful_quartz_lambda_example_com_dusky_meteor" {
  type     = "group"
  group_id = "graceful_quartz"
  url      = "https://lambda.example.com/prod/fivetran-handler?copy=1"
  events   = ["transformation_start", "transformation_succeeded", "transformation_failed"]
  active   = true
  secret   = var.webhook_secrets["group_graceful_quartz_lambda_example_com_dusky_meteor"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_graceful_quartz_lambda_example_com_dusky_meteor")
      error_message = "No secret for fivetran_webhook.group_graceful_quartz_lambda_example_com_dusky_meteor in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_graceful_quartz_lambda_example_com_dusky_meteor
  id = "dusky_meteor"
}

resource "fivetran_webhook" "account_hooks_example_com_tranquil_reef" {
  type   = "account"
  url    = "https://hooks.example.com/fivetran/sync-status?copy=2"
  events = ["sync_start", "sync_end"]
  active = false
  secret = var.webhook_secrets["account_hooks_example_com_tranquil_reef"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_hooks_example_com_tranquil_reef")
      error_message = "No secret for fivetran_webhook.account_hooks_example_com_tranquil_reef in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_hooks_example_com_tranquil_reef
  id = "tranquil_reef"
}

resource "fivetran_webhook" "group_autumn_basin_hooks_example_com_gentle_program" {
  type     = "group"
  group_id = "autumn_basin"
  url      = "https://hooks.example.com/fivetran/alerts?copy=2"
  events   = ["sync_end"]
  active   = true
  secret   = var.webhook_secrets["group_autumn_basin_hooks_example_com_gentle_program"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_autumn_basin_hooks_example_com_gentle_program")
      error_message = "No secret for fivetran_webhook.group_autumn_basin_hooks_example_com_gentle_program in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_autumn_basin_hooks_example_com_gentle_program
  id = "gentle_program"
}

resource "fivetran_webhook" "group_jovial_badger_alerts_example_org_radiant_reef" {
  type     = "group"
  group_id = "jovial_badger"
  url      = "https://alerts.example.org/incoming/fivetran?copy=2"
  events   = ["connection_failure", "connection_successful"]
  active   = true
  secret   = var.webhook_secrets["group_jovial_badger_alerts_example_org_radiant_reef"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_jovial_badger_alerts_example_org_radiant_reef")
      error_message = "No secret for fivetran_webhook.group_jovial_badger_alerts_example_org_radiant_reef in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_jovial_badger_alerts_example_org_radiant_reef
  id = "radiant_reef"
}

resource "fivetran_webhook" "account_ops_example_net_glad_zephyr" {
  type   = "account"
  url    = "https://ops.example.net/webhooks/data-platform?copy=2"
  events = ["dbt_run_start", "dbt_run_succeeded", "dbt_run_failed"]
  active = true
  secret = var.webhook_secrets["account_ops_example_net_glad_zephyr"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_ops_example_net_glad_zephyr")
      error_message = "No secret for fivetran_webhook.account_ops_example_net_glad_zephyr in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_ops_example_net_glad_zephyr
  id = "glad_zephyr"
}

resource "fivetran_webhook" "group_deft_horizon_hooks_example_com_balmy_implode" {
  type     = "group"
  group_id = "deft_horizon"
  url      = "https://hooks.example.com/slack-relay/data-team?copy=2"
  events   = ["sync_end", "status"]
  active   = true
  secret   = var.webhook_secrets["group_deft_horizon_hooks_example_com_balmy_implode"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_deft_horizon_hooks_example_com_balmy_implode")
      error_message = "No secret for fivetran_webhook.group_deft_horizon_hooks_example_com_balmy_implode in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_deft_horizon_hooks_example_com_balmy_implode
  id = "balmy_implode"
}

resource "fivetran_webhook" "group_graceful_quartz_hooks_example_com_jade_falcon" {
  type     = "group"
  group_id = "graceful_quartz"
  url      = "https://hooks.example.com/pagerduty/fivetran?copy=2"
  events   = ["create_connector", "delete_connector", "pause_connector", "resume_connector"]
  active   = false
  secret   = var.webhook_secrets["group_graceful_quartz_hooks_example_com_jade_falcon"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_graceful_quartz_hooks_example_com_jade_falcon")
      error_message = "No secret for fivetran_webhook.group_graceful_quartz_hooks_example_com_jade_falcon in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_graceful_quartz_hooks_example_com_jade_falcon
  id = "jade_falcon"
}

resource "fivetran_webhook" "account_airflow_example_com_loyal_voyage" {
  type   = "account"
  url    = "https://airflow.example.com/api/v1/dags/fivetran_trigger/dagRuns?copy=2"
  events = ["sync_end", "connection_failure", "dbt_run_failed"]
  active = true
  secret = var.webhook_secrets["account_airflow_example_com_loyal_voyage"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_airflow_example_com_loyal_voyage")
      error_message = "No secret for fivetran_webhook.account_airflow_example_com_loyal_voyage in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_airflow_example_com_loyal_voyage
  id = "loyal_voyage"
}

resource "fivetran_webhook" "group_autumn_basin_dbt_example_com_balmy_brook" {
  type     = "group"
  group_id = "autumn_basin"
  url      = "https://dbt.example.com/hooks/fivetran?copy=2"
  events   = ["transformation_run_failed"]
  active   = true
  secret   = var.webhook_secrets["group_autumn_basin_dbt_example_com_balmy_brook"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_autumn_basin_dbt_example_com_balmy_brook")
      error_message = "No secret for fivetran_webhook.group_autumn_basin_dbt_example_com_balmy_brook in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_autumn_basin_dbt_example_com_balmy_brook
  id = "balmy_brook"
}

resource "fivetran_webhook" "group_jovial_badger_hooks_example_com_cedar_crane" {
  type     = "group"
  group_id = "jovial_badger"
  url      = "https://hooks.example.com/teams/finance-data?copy=2"
  events   = ["force_update_connector", "resync_connector", "resync_table"]
  active   = true
  secret   = var.webhook_secrets["group_jovial_badger_hooks_example_com_cedar_crane"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_jovial_badger_hooks_example_com_cedar_crane")
      error_message = "No secret for fivetran_webhook.group_jovial_badger_hooks_example_com_cedar_crane in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_jovial_badger_hooks_example_com_cedar_crane
  id = "cedar_crane"
}

resource "fivetran_webhook" "account_status_example_org_crimson_valley" {
  type   = "account"
  url    = "https://status.example.org/fivetran/events?copy=2"
  events = ["sync_start", "sync_end", "connection_successful", "connection_failure", "create_connector", "edit_connector", "dbt_run_succeeded", "dbt_run_failed"]
  active = true
  secret = var.webhook_secrets["account_status_example_org_crimson_valley"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "account_status_example_org_crimson_valley")
      error_message = "No secret for fivetran_webhook.account_status_example_org_crimson_valley in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.account_status_example_org_crimson_valley
  id = "crimson_valley"
}

resource "fivetran_webhook" "group_deft_horizon_hooks_example_com_clever_reef" {
  type     = "group"
  group_id = "deft_horizon"
  url      = "https://hooks.example.com/marketing/attribution-refresh?copy=2"
  events   = ["dbt_run_failed"]
  active   = false
  secret   = var.webhook_secrets["group_deft_horizon_hooks_example_com_clever_reef"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_deft_horizon_hooks_example_com_clever_reef")
      error_message = "No secret for fivetran_webhook.group_deft_horizon_hooks_example_com_clever_reef in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_deft_horizon_hooks_example_com_clever_reef
  id = "clever_reef"
}

resource "fivetran_webhook" "group_graceful_quartz_lambda_example_com_festive_valley" {
  type     = "group"
  group_id = "graceful_quartz"
  url      = "https://lambda.example.com/prod/fivetran-handler?copy=2"
  events   = ["transformation_start", "transformation_succeeded", "transformation_failed"]
  active   = true
  secret   = var.webhook_secrets["group_graceful_quartz_lambda_example_com_festive_valley"]

  lifecycle {
    precondition {
      condition     = contains(keys(var.webhook_secrets), "group_graceful_quartz_lambda_example_com_festive_valley")
      error_message = "No secret for fivetran_webhook.group_graceful_quartz_lambda_example_com_festive_valley in var.webhook_secrets."
    }
  }
}

import {
  to = fivetran_webhook.group_graceful_quartz_lambda_example_com_festive_valley
  id = "festive_valley"
}

# With Terraform before 1.5, delete the import blocks and run these once instead:
# terraform import fivetran_webhook.account_hooks_example_com breezy_wren
# terraform import fivetran_webhook.group_autumn_basin_hooks_example_com festive_acorn
# terraform import fivetran_webhook.group_jovial_badger_alerts_example_org ardent_ivy
# terraform import fivetran_webhook.account_ops_example_net bold_falcon
# terraform import fivetran_webhook.group_deft_horizon_hooks_example_com brave_fjord
# terraform import fivetran_webhook.group_graceful_quartz_hooks_example_com agile_quarry
# terraform import fivetran_webhook.account_airflow_example_com cobalt_crest
# terraform import fivetran_webhook.group_autumn_basin_dbt_example_com ochre_brook
# terraform import fivetran_webhook.group_jovial_badger_hooks_example_com bright_tundra
# terraform import fivetran_webhook.account_status_example_org deft_prairie
# terraform import fivetran_webhook.group_deft_horizon_hooks_example_com_solar_beacon solar_beacon
# terraform import fivetran_webhook.group_graceful_quartz_lambda_example_com bronze_walrus
# terraform import fivetran_webhook.account_hooks_example_com_airy_thistle airy_thistle
# terraform import fivetran_webhook.group_autumn_basin_hooks_example_com_kind_nebula kind_nebula
# terraform import fivetran_webhook.group_jovial_badger_alerts_example_org_abiding_nectar abiding_nectar
# terraform import fivetran_webhook.account_ops_example_net_ample_cliff ample_cliff
# terraform import fivetran_webhook.group_deft_horizon_hooks_example_com_ardent_mist ardent_mist
# terraform import fivetran_webhook.group_graceful_quartz_hooks_example_com_earnest_lantern earnest_lantern
# terraform import fivetran_webhook.account_airflow_example_com_misty_bison misty_bison
# terraform import fivetran_webhook.group_autumn_basin_dbt_example_com_swift_nectar swift_nectar
# terraform import fivetran_webhook.group_jovial_badger_hooks_example_com_cheery_aster cheery_aster
# terraform import fivetran_webhook.account_status_example_org_witty_brook witty_brook
# terraform import fivetran_webhook.group_deft_horizon_hooks_example_com_arctic_dune arctic_dune
# terraform import fivetran_webhook.group_graceful_quartz_lambda_example_com_dusky_meteor dusky_meteor
# terraform import fivetran_webhook.account_hooks_example_com_tranquil_reef tranquil_reef
# terraform import fivetran_webhook.group_autumn_basin_hooks_example_com_gentle_program gentle_program
# terraform import fivetran_webhook.group_jovial_badger_alerts_example_org_radiant_reef radiant_reef
# terraform import fivetran_webhook.account_ops_example_net_glad_zephyr glad_zephyr
# terraform import fivetran_webhook.group_deft_horizon_hooks_example_com_balmy_implode balmy_implode
# terraform import fivetran_webhook.group_graceful_quartz_hooks_example_com_jade_falcon jade_falcon
# terraform import fivetran_webhook.account_airflow_example_com_loyal_voyage loyal_voyage
# terraform import fivetran_webhook.group_autumn_basin_dbt_example_com_balmy_brook balmy_brook
# terraform import fivetran_webhook.group_jovial_badger_hooks_example_com_cedar_crane cedar_crane
# terraform import fivetran_webhook.account_status_example_org_crimson_valley crimson_valley
# terraform import fivetran_webhook.group_deft_horizon_hooks_example_com_clever_reef clever_reef
# terraform import fivetran_webhook.group_graceful_quartz_lambda_example_com_festive_valley festive_valley
