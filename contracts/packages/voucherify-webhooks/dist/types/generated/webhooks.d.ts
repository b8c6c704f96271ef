export type paths = Record<string, never>;
export interface webhooks {
    "customer.reward_redemptions.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reward redemption created
         * @description A customer asked to redeem a reward with loyalty points and Voucherify recorded the request. The points are not spent yet: a `pending` or `completed` event follows.
         *
         *     Voucherify POSTs this body to every webhook endpoint subscribed to `customer.reward_redemptions.created`, signed in the `X-Voucherify-Signature` header.
         */
        post: operations["customerRewardRedemptionsCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.reward_redemptions.pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reward redemption pending
         * @description The reward redemption waits for an outside step, such as shipping a material reward, before it completes.
         *
         *     Voucherify POSTs this body to every webhook endpoint subscribed to `customer.reward_redemptions.pending`, signed in the `X-Voucherify-Signature` header.
         */
        post: operations["customerRewardRedemptionsPending"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.reward_redemptions.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reward redemption completed
         * @description The reward was redeemed: the points were taken from the customer's loyalty card and the reward was handed out. When the reward was delivered as a notification of a loyalty campaign, the body also carries the `publication` of the reward voucher.
         *
         *     Voucherify POSTs this body to every webhook endpoint subscribed to `customer.reward_redemptions.completed`, signed in the `X-Voucherify-Signature` header.
         */
        post: operations["customerRewardRedemptionsCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A postal address. */
        Address: {
            /** @description City or town. */
            city?: string | null;
            /** @description State, province or region. */
            state?: string | null;
            /** @description First line of the street address. */
            line_1?: string | null;
            /** @description Second line of the street address. */
            line_2?: string | null;
            /** @description Country. */
            country?: string | null;
            /** @description Postal or ZIP code. */
            postal_code?: string | null;
        };
        /** @description A balance the event changed, such as the credit of a gift card. */
        Balance: {
            /** @description The amount by which the balance changed, in cents or points. */
            amount: number;
        };
        /** @description The loyalty card template of a loyalty campaign. */
        CampaignLoyaltyCard: {
            /** @description Points a newly issued card starts with. */
            points: number;
            /** @description When earned points expire. */
            expiration_rules?: {
                /**
                 * @description The unit of the expiration period.
                 * @enum {string}
                 */
                period_type: "FIXED_DAY_OF_YEAR" | "MONTH";
                /** @description How many period units points live for. */
                period_value?: number;
                /**
                 * @description The boundary the expiry date is rounded up to.
                 * @enum {string}
                 */
                rounding_type?: "END_OF_MONTH" | "END_OF_QUARTER" | "END_OF_HALF_YEAR" | "END_OF_YEAR" | "PARTICULAR_MONTH";
                /** @description The month used with `PARTICULAR_MONTH` rounding. */
                rounding_value?: number;
                /** @description The month of a fixed yearly expiry day. */
                fixed_month?: number;
                /** @description The day of the month of a fixed yearly expiry day. */
                fixed_day?: number;
            };
        };
        /** @description The template every voucher of a campaign is issued from. */
        CampaignVoucher: {
            /**
             * @description The kind of voucher the campaign issues.
             * @enum {string}
             */
            type: "DISCOUNT_VOUCHER" | "LOYALTY_CARD" | "GIFT_VOUCHER";
            discount?: components["schemas"]["Discount"];
            gift?: components["schemas"]["Gift"];
            loyalty_card?: components["schemas"]["CampaignLoyaltyCard"];
            /** @description How often each issued voucher may be redeemed. */
            redemption: {
                /** @description How many redemptions each voucher allows; null means no limit. */
                quantity: number | null;
                /** @description How many redemptions the template itself records (normally 0). */
                redeemed_quantity: number;
            };
            code_config: components["schemas"]["CodeConfig"];
        };
        /** @description A category used to group campaigns or vouchers and to decide how they stack. */
        Category: {
            /** @description Unique identifier of the category. */
            id: string;
            /** @description Human-readable name of the category. */
            name: string;
            /** @description Rank of the category; lower numbers are applied first when several categories stack. */
            hierarchy: number;
            /**
             * Format: date-time
             * @description When the category was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the category was last changed; null if it never was.
             */
            updated_at?: string | null;
            /**
             * @description The kind of object this is; always `category`.
             * @constant
             */
            object: "category";
            /**
             * @description Whether vouchers of this category may be combined with others (`JOINT`) or not (`EXCLUSIVE`).
             * @enum {string}
             */
            stacking_rules_type?: "JOINT" | "EXCLUSIVE";
        };
        /** @description The rules a campaign uses to generate voucher codes. */
        CodeConfig: {
            /** @description How many random characters a generated code has. */
            length: number;
            /** @description The characters random parts of a code are drawn from. */
            charset: string;
            /** @description Fixed text placed before the random part. */
            prefix: string;
            /** @description Fixed text placed after the random part. */
            postfix: string;
            /** @description The code's shape, where each `#` stands for one random character. */
            pattern: string;
            /** @description How many codes were generated when the campaign was created. */
            initial_count?: number;
        };
        /** @description A customer's loyalty points across campaigns. */
        CustomerLoyalty: {
            /** @description Points the customer holds across all loyalty cards. */
            points: number;
            /** @description How many customers this customer referred. */
            referred_customers?: number;
            /** @description Points per loyalty campaign, keyed by campaign name. */
            campaigns?: Record<string, unknown>;
        };
        /** @description The referrals a customer made. */
        CustomerReferrals: {
            /** @description How many successful referrals the customer made. */
            total: number;
            /** @description One entry per referral. */
            campaigns?: {
                /** @description The referral campaign. */
                campaign_id: string;
                /** @description The customer who referred. */
                referrer_id: string;
                /**
                 * Format: date-time
                 * @description When the referral happened.
                 */
                date?: string;
            }[];
        };
        /** @description The body of `customer.reward_redemptions.completed`: the common reward-redemption fields, plus the publication of the reward voucher when the reward was delivered as a loyalty-campaign notification. */
        CustomerRewardRedemptionsCompleted: components["schemas"]["CustomerRewardRedemptionsEvent"] & {
            /** @description The publication that delivered the reward voucher; absent or null when the reward did not produce a voucher publication. */
            publication?: components["schemas"]["Publication"] | null;
        };
        /** @description The body of every `customer.reward_redemptions.*` event: who redeemed which reward, with which loyalty card, in which campaign, and at what price in points. */
        CustomerRewardRedemptionsEvent: {
            customer: components["schemas"]["SimpleCustomer"];
            holder?: components["schemas"]["SimpleCustomer"];
            voucher: components["schemas"]["SimpleVoucher"];
            campaign: components["schemas"]["SimpleCampaign"];
            reward_redemption: components["schemas"]["RewardRedemption"];
            reward: components["schemas"]["Reward"];
            reward_assignment: components["schemas"]["RewardAssignment"];
            /** @description The operation that caused the redemption; null when it was made directly. */
            source: components["schemas"]["RedemptionSource"] | null;
            /** @description The balance the event changed; null when the redemption changed none. */
            balance: components["schemas"]["Balance"] | null;
        };
        /** @description Totals of a customer's redemptions and orders. */
        CustomerSummary: {
            /** @description Counts of the customer's redemptions by outcome. */
            redemptions: {
                /** @description Redemptions attempted in all. */
                total_redeemed: number;
                /** @description Redemptions that failed. */
                total_failed: number;
                /** @description Redemptions that succeeded. */
                total_succeeded: number;
                /** @description Redemptions later rolled back. */
                total_rolled_back: number;
            };
            /** @description Totals of the customer's orders, in cents. */
            orders: {
                /** @description The value of all orders, in cents. */
                total_amount: number;
                /** @description How many orders the customer placed. */
                total_count: number;
                /**
                 * Format: date-time
                 * @description When the customer last ordered.
                 */
                last_order_date?: string | null;
            };
        };
        /** @description What a discount voucher takes off: a fixed amount, a number of free units, a percentage, or a fixed final price. Exactly one of the variants applies; `type` tells which. */
        Discount: components["schemas"]["DiscountAmount"] | components["schemas"]["DiscountUnit"] | components["schemas"]["DiscountUnitMultiple"] | components["schemas"]["DiscountPercent"] | components["schemas"]["DiscountFixed"];
        /** @description A discount of a fixed amount of money. */
        DiscountAmount: {
            /**
             * @description Marks an amount discount.
             * @constant
             */
            type: "AMOUNT";
            /** @description The amount taken off, in cents. */
            amount_off: number;
            /** @description A formula that computes the amount at redemption time, when the discount is dynamic. */
            amount_off_formula?: string;
            /** @description The most this discount may take off across all applicable items, in cents. */
            aggregated_amount_limit?: number;
            /**
             * @description How the amount is spread over the order or its items.
             * @enum {string}
             */
            effect?: "APPLY_TO_ORDER" | "APPLY_TO_ITEMS" | "APPLY_TO_ITEMS_PROPORTIONALLY" | "APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY" | "APPLY_TO_ITEMS_BY_QUANTITY";
            /** @description True when the amount comes from `amount_off_formula`. */
            is_dynamic?: boolean;
        };
        /** @description A discount that sets a fixed final price. */
        DiscountFixed: {
            /**
             * @description Marks a fixed-price discount.
             * @constant
             */
            type: "FIXED";
            /** @description The price the customer pays, in cents. */
            fixed_amount: number;
            /** @description A formula that computes the price at redemption time. */
            fixed_amount_formula?: string;
            /**
             * @description Whether the fixed price applies to the whole order or to chosen items.
             * @enum {string}
             */
            effect?: "APPLY_TO_ORDER" | "APPLY_TO_ITEMS";
            /** @description True when the price comes from `fixed_amount_formula`. */
            is_dynamic?: boolean;
        };
        /** @description A discount of a percentage of the price. */
        DiscountPercent: {
            /**
             * @description Marks a percentage discount.
             * @constant
             */
            type: "PERCENT";
            /** @description The percentage taken off, from 0 to 100. */
            percent_off: number;
            /** @description A formula that computes the percentage at redemption time. */
            percent_off_formula?: string;
            /** @description The most the percentage may take off, in cents. */
            amount_limit?: number;
            /** @description The most the discount may take off across all applicable items, in cents. */
            aggregated_amount_limit?: number;
            /**
             * @description Whether the percentage applies to the whole order or to chosen items.
             * @enum {string}
             */
            effect?: "APPLY_TO_ORDER" | "APPLY_TO_ITEMS";
            /** @description True when the percentage comes from `percent_off_formula`. */
            is_dynamic?: boolean;
        };
        /** @description A discount that gives one kind of item for free. */
        DiscountUnit: {
            /**
             * @description Marks a unit discount.
             * @constant
             */
            type: "UNIT";
            /** @description How many units are given for free. */
            unit_off?: number;
            /** @description A formula that computes the number of units at redemption time. */
            unit_off_formula?: string;
            /**
             * @description Whether free units are added to the cart or taken from items already in it.
             * @enum {string}
             */
            effect?: "ADD_MISSING_ITEMS" | "ADD_NEW_ITEMS" | "ADD_MANY_ITEMS";
            /** @description The product or SKU identifier of the free item. */
            unit_type: string;
            product?: components["schemas"]["ProductReference"];
            sku?: components["schemas"]["SkuReference"];
            /** @description True when the number of units comes from `unit_off_formula`. */
            is_dynamic?: boolean;
        };
        /** @description One of the free items of a multi-item unit discount. */
        DiscountUnitItem: {
            /** @description How many units of this item are given for free. */
            unit_off?: number;
            /** @description A formula that computes the number of units at redemption time. */
            unit_off_formula?: string;
            /**
             * @description Whether the free units are added to the cart or taken from items already in it.
             * @enum {string}
             */
            effect: "ADD_NEW_ITEMS" | "ADD_MISSING_ITEMS";
            /** @description The product or SKU identifier of the free item. */
            unit_type: string;
            product?: components["schemas"]["ProductReference"];
            sku?: components["schemas"]["SkuReference"];
        };
        /** @description A discount that gives several kinds of items for free. */
        DiscountUnitMultiple: {
            /**
             * @description Marks a unit discount.
             * @constant
             */
            type: "UNIT";
            /**
             * @description Marks a discount that adds several kinds of free items.
             * @constant
             */
            effect?: "ADD_MANY_ITEMS";
            /** @description The free items, one entry per kind. */
            units: components["schemas"]["DiscountUnitItem"][];
        };
        /** @description The stored value of a gift card, in the smallest currency unit (cents). */
        Gift: {
            /** @description The total value loaded onto the gift card, in cents. */
            amount: number;
            /** @description The value still available to spend, in cents. */
            balance: number;
            /**
             * @description Whether the gift credit is applied to the whole order or to chosen items.
             * @enum {string}
             */
            effect?: "APPLY_TO_ORDER" | "APPLY_TO_ITEMS";
        };
        /** @description The points position of a loyalty card at the moment the event was produced. */
        LoyaltyCard: {
            /** @description Total points ever credited to the card, including points already spent. */
            points: number;
            /** @description Points the holder can still spend. */
            balance?: number;
            /**
             * Format: date
             * @description The next day on which some of the card's points expire.
             */
            next_expiration_date?: string;
            /** @description How many points expire on `next_expiration_date`. */
            next_expiration_points?: number;
            /** @description Points earned but not yet activated (for example while an order can still be returned). */
            pending_points?: number;
            /** @description Points that expired unused. */
            expired_points?: number;
            /** @description Points taken off the card manually or by a rollback. */
            subtracted_points?: number;
        };
        /** @description A product named by a unit discount. */
        ProductReference: {
            /** @description Voucherify's identifier of the product. */
            id: string;
            /** @description Your own identifier of the product. */
            source_id?: string;
            /** @description The product's name. */
            name: string;
        };
        /** @description The publication that handed the reward voucher to the customer. Sent with the COMPLETED event when the reward was delivered as a notification of a loyalty campaign. */
        Publication: {
            /** @description Unique identifier of the publication, starting with `pub_`. */
            id: string;
            /**
             * @description The kind of object this is; always `publication`.
             * @constant
             */
            object: "publication";
            /**
             * Format: date-time
             * @description When the voucher was published to the customer.
             */
            created_at: string;
            /** @description The customer the voucher was published to. */
            customer_id: string;
            /** @description The customer's identifier in your systems at the time of publication. */
            tracking_id?: string;
            /** @description Custom attributes attached to the publication, as free-form key-value pairs. */
            metadata: Record<string, unknown>;
            /** @description How the voucher was published, such as `API` or `Email`. */
            channel: string;
            /** @description An idempotency key the publisher gave; null when none was given. */
            source_id: string | null;
            /**
             * @description The outcome of the publication; the event is only sent for successful ones.
             * @constant
             */
            result?: "SUCCESS";
            customer: components["schemas"]["PublicationCustomer"];
            /** @description The identifiers of every voucher published together. */
            vouchers_id: string[];
            voucher: components["schemas"]["Voucher"];
        };
        /** @description The customer the voucher was published to, with summary figures. */
        PublicationCustomer: {
            /** @description Voucherify's unique identifier of the customer. */
            id: string;
            /** @description The identifier your own systems use for this customer. */
            source_id?: string | null;
            /** @description The customer's full name. */
            name?: string | null;
            /** @description A free-text note about the customer. */
            description?: string | null;
            /** @description The customer's email address; null when none is on record. */
            email?: string | null;
            /** @description The customer's phone number; null when none is on record. */
            phone?: string | null;
            /**
             * Format: date
             * @description The customer's date of birth.
             */
            birthdate?: string | null;
            /** @description The customer's postal address; null when none is on record. */
            address?: components["schemas"]["Address"] | null;
            /** @description Custom attributes attached to the customer. */
            metadata?: Record<string, unknown>;
            /** @description Totals of the customer's redemptions and orders; null when not computed for this event. */
            summary: components["schemas"]["CustomerSummary"] | null;
            /** @description The customer's loyalty points across campaigns; null when not computed for this event. */
            loyalty: components["schemas"]["CustomerLoyalty"] | null;
            /** @description The referrals the customer made; null when not computed for this event. */
            referrals: components["schemas"]["CustomerReferrals"] | null;
            /**
             * Format: date-time
             * @description When the customer was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the customer was last changed.
             */
            updated_at?: string | null;
            /**
             * @description The kind of object this is; always `customer`.
             * @constant
             */
            object: "customer";
        };
        /** @description The operation that caused the reward redemption. */
        RedemptionSource: {
            /** @description The identifier of the operation, such as a redemption identifier starting with `r_`. */
            id: string;
            /** @description The kind of operation, such as `redemption`. */
            type: string;
        };
        /** @description How a referral campaign counts a successful referral and what the referred customer gets. */
        ReferralProgram: {
            /**
             * @description What counts as a successful referral.
             * @enum {string}
             */
            conversion_event_type?: "redemption" | "custom_event";
            /** @description The custom event that counts as a referral, when `conversion_event_type` is `custom_event`. */
            custom_event?: {
                /** @description The custom event schema's identifier. */
                id?: string;
                /** @description The custom event's name. */
                name?: string;
            };
            /** @description What the referred customer receives. */
            referee_reward?: {
                /** @description The campaign the referee's reward comes from. */
                related_object_parent?: {
                    /** @description The campaign's identifier. */
                    id?: string;
                    /** @description The campaign's name. */
                    name?: string;
                    /**
                     * @description The kind of parent; always `CAMPAIGN`.
                     * @constant
                     */
                    object?: "CAMPAIGN";
                };
                /**
                 * @description The kind of voucher the referee receives.
                 * @enum {string}
                 */
                type?: "DISCOUNT_VOUCHER" | "LOYALTY_CARD" | "GIFT_VOUCHER";
                /** @description The points or credit loaded onto the referee's voucher. */
                amount?: string;
            };
        };
        /** @description The reward the customer redeemed their points for, with what it produced. */
        Reward: {
            /** @description Unique identifier of the reward, starting with `rew_`. */
            id: string;
            /** @description The reward's name as shown to customers. */
            name: string;
            /**
             * @description What the reward gives: a voucher from another campaign (`CAMPAIGN`), pay-with-points credit (`COIN`), or a physical product (`MATERIAL`).
             * @enum {string}
             */
            type: "CAMPAIGN" | "COIN" | "MATERIAL";
            /**
             * @description The kind of object this is; always `reward`.
             * @constant
             */
            object: "reward";
            /** @description The reward assignment the customer redeemed. */
            assignment_id?: string;
            customer?: components["schemas"]["SimpleCustomer"];
            voucher?: components["schemas"]["SimpleVoucher"];
            product?: components["schemas"]["RewardProduct"];
            sku?: components["schemas"]["RewardSku"];
            /** @description The loyalty tier the reward is limited to, if any. */
            loyalty_tier_id?: string;
            parameters?: components["schemas"]["RewardParameters"];
            /** @description Custom attributes attached to the reward, as free-form key-value pairs. */
            metadata?: Record<string, unknown>;
            /**
             * Format: date-time
             * @description When the reward was defined.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the reward was last changed; null if it never was.
             */
            updated_at?: string | null;
        };
        /** @description Ties a reward to a loyalty campaign and sets its price in points. */
        RewardAssignment: {
            /** @description Unique identifier of the reward assignment, starting with `rewa_`. */
            id: string;
            /** @description The reward this assignment prices. */
            reward_id: string;
            /** @description The campaign the reward is offered in. */
            related_object_id: string;
            /**
             * @description The kind of object the reward is offered in; always `campaign`.
             * @constant
             */
            related_object_type: "campaign";
            /** @description The price of the reward. */
            parameters?: {
                /** @description The price in loyalty points. */
                loyalty: {
                    /** @description How many points one redemption of the reward costs. */
                    points: number;
                };
            };
            /**
             * Format: date-time
             * @description When the reward was assigned to the campaign.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the assignment was last changed; null if it never was.
             */
            updated_at?: string | null;
            /**
             * @description The kind of object this is; always `reward_assignment`.
             * @constant
             */
            object: "reward_assignment";
        };
        /** @description What the reward is made of; which variant applies follows the reward's `type`. */
        RewardParameters: components["schemas"]["RewardParametersCampaign"] | components["schemas"]["RewardParametersCoin"] | components["schemas"]["RewardParametersMaterial"];
        /** @description Parameters of a `CAMPAIGN` reward, which issues or tops up a voucher of another campaign. */
        RewardParametersCampaign: {
            /** @description The campaign the reward draws from. */
            campaign: {
                /** @description The identifier of the campaign. */
                id: string;
                /**
                 * @description The kind of campaign, which tells whether `balance` applies.
                 * @enum {string}
                 */
                type: "DISCOUNT_COUPONS" | "GIFT_VOUCHERS" | "LOYALTY_PROGRAM";
                /** @description Credit (gift vouchers, in cents) or points (loyalty program) loaded by the reward. */
                balance?: number;
            };
        };
        /** @description Parameters of a `COIN` reward, which lets points pay for part of an order. */
        RewardParametersCoin: {
            /** @description The exchange rate between points and money. */
            coin: {
                /** @description How much money, in cents, one point is worth. */
                exchange_ratio: number;
                /** @description How many points make one exchange unit. */
                points_ratio?: number;
            };
        };
        /** @description Parameters of a `MATERIAL` reward, which hands out a product. */
        RewardParametersMaterial: {
            /** @description The product handed out. */
            product: {
                /** @description The identifier of the product. */
                id: string;
                /** @description The identifier of the product variant; null when the product has none. */
                sku_id?: string | null;
            };
        };
        /** @description The product a material reward hands out. */
        RewardProduct: {
            /** @description Voucherify's identifier of the product. */
            id: string;
            /** @description Your own identifier of the product. */
            source_id?: string | null;
            /** @description The product's name. */
            name?: string | null;
        };
        /** @description The redemption of a reward, whose progress this family of events reports. */
        RewardRedemption: {
            /** @description Unique identifier of the reward redemption, starting with `rewr_`. Use it to deduplicate deliveries. */
            id: string;
            /**
             * @description Where the redemption stands; each event of the family reports one state.
             * @enum {string}
             */
            state: "CREATED" | "PENDING" | "COMPLETED" | "ROLLEDBACK";
            /**
             * Format: date-time
             * @description When the reward redemption was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the reward redemption last changed state; null if it has not yet.
             */
            updated_at?: string | null;
            /** @description The loyalty card the points were taken from. */
            voucher_id?: string;
            /** @description The loyalty campaign the reward belongs to. */
            campaign_id?: string;
            /** @description The customer who redeemed the reward. */
            customer_id?: string;
            /** @description The reward assignment that set the reward's price in points. */
            reward_assignment_id?: string;
            /** @description The identifier of the operation that caused the redemption (see `source_type`). */
            source_id?: string;
            /** @description The kind of operation that caused the redemption, such as `redemption`. */
            source_type?: string;
        };
        /** @description The product variant (SKU) a material reward hands out. */
        RewardSku: {
            /** @description Voucherify's identifier of the SKU. */
            id: string;
            /** @description Your own identifier of the SKU. */
            source_id?: string | null;
            /** @description The SKU's name. */
            sku?: string | null;
        };
        /** @description A short form of the loyalty campaign the reward was redeemed in. */
        SimpleCampaign: {
            /** @description Voucherify's unique identifier of the campaign, starting with `camp_`. */
            id: string;
            /** @description The campaign's name, unique within the project. */
            name: string;
            /** @description The program the campaign runs, such as `LOYALTY_PROGRAM` or `DISCOUNT_COUPONS`. */
            campaign_type?: string;
            /**
             * @description Whether the campaign issues vouchers on demand (`AUTO_UPDATE`) or has a fixed set (`STATIC`).
             * @enum {string}
             */
            type?: "AUTO_UPDATE" | "STATIC" | "STANDALONE";
            /** @description True when the campaign issues referral codes. */
            is_referral_code?: boolean;
            voucher?: components["schemas"]["CampaignVoucher"];
            referral_program?: components["schemas"]["ReferralProgram"];
            /** @description Whether customers join the campaign without an explicit action. */
            auto_join?: boolean;
            /** @description Whether a customer can hold at most one voucher of the campaign. */
            join_once?: boolean;
            /** @description Whether the campaign is running now. */
            active?: boolean;
            /** @description The identifier of the campaign's category; null when it has none. */
            category_id?: string | null;
            /** @description The name of the campaign's category; null when it has none. */
            category?: string | null;
            /** @description The categories the campaign belongs to. */
            categories?: components["schemas"]["Category"][];
            /** @description Custom attributes attached to the campaign, as free-form key-value pairs. */
            metadata?: Record<string, unknown>;
            /**
             * Format: date-time
             * @description When the campaign starts; null when it started on creation.
             */
            start_date?: string | null;
            /**
             * Format: date-time
             * @description When the campaign ends; null when it runs until stopped.
             */
            expiration_date?: string | null;
            /** @description A free-text description of the campaign; null when none was written. */
            description?: string | null;
            /**
             * Format: date-time
             * @description When the campaign was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the campaign was last changed; null if it never was.
             */
            updated_at?: string | null;
            /**
             * @description The kind of object this is; always `campaign`.
             * @constant
             */
            object: "campaign";
        };
        /** @description A short form of the customer who redeemed the reward (or who holds the redeemable): enough to identify and address them without loading the full customer record. */
        SimpleCustomer: {
            /**
             * @description Voucherify's unique identifier of the customer, starting with `cust_`.
             * @example cust_2myfc5acSBgoMV72R5tyTBc8
             */
            id: string;
            /** @description The customer's full name as stored in Voucherify; null when no name was recorded. */
            name?: string | null;
            /** @description The customer's email address; null when the customer has none on record, which is common for customers created from a loyalty card or an import. */
            email?: string | null;
            /** @description The identifier your own systems use for this customer, if one was set. */
            source_id?: string | null;
            /** @description Custom attributes you attached to the customer, as free-form key-value pairs. */
            metadata?: Record<string, unknown>;
            /**
             * @description The kind of object this is; always `customer`.
             * @constant
             */
            object: "customer";
        };
        /** @description A short form of a voucher: the loyalty card the points were spent from, or the voucher the customer received as a reward. */
        SimpleVoucher: {
            /** @description Voucherify's unique identifier of the voucher, starting with `v_`. */
            id: string;
            /** @description The code the customer presents to redeem the voucher. */
            code: string;
            gift?: components["schemas"]["Gift"];
            discount?: components["schemas"]["Discount"];
            loyalty_card?: components["schemas"]["LoyaltyCard"];
            /**
             * @description The kind of voucher, which tells whether `discount`, `loyalty_card` or `gift` is filled.
             * @enum {string}
             */
            type: "DISCOUNT_VOUCHER" | "LOYALTY_CARD" | "GIFT_VOUCHER";
            /** @description The name of the campaign the voucher belongs to. */
            campaign?: string;
            /** @description The identifier of the campaign the voucher belongs to. */
            campaign_id?: string;
            /** @description True when the voucher is a referral code that rewards the customer who shared it. */
            is_referral_code?: boolean;
            /** @description The identifier of the customer who holds the voucher. */
            holder_id?: string;
            /** @description The identifier of the customer who referred the holder, for referral codes. */
            referrer_id?: string;
            /** @description The identifier of the voucher's category; null when it has none. */
            category_id?: string | null;
            /** @description The categories the voucher belongs to. */
            categories?: components["schemas"]["Category"][];
            /** @description Whether the voucher can be redeemed now. */
            active?: boolean;
            /**
             * Format: date-time
             * @description When the voucher was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the voucher was last changed; null if it never was.
             */
            updated_at?: string | null;
            /** @description How often the voucher may be and has been redeemed. */
            redemption?: {
                /** @description How many redemptions are allowed in all; null means no limit. */
                quantity: number | null;
                /** @description How many redemptions have been made so far. */
                redeemed_quantity: number;
                /** @description For a loyalty card, the points spent through redemptions so far. */
                redeemed_points?: number;
            };
            /**
             * Format: date-time
             * @description From when the voucher can be redeemed; null when it is valid from its creation.
             */
            start_date?: string | null;
            /**
             * Format: date-time
             * @description Until when the voucher can be redeemed; null when it never expires.
             */
            expiration_date?: string | null;
            /** @description Custom attributes attached to the voucher, as free-form key-value pairs. */
            metadata?: Record<string, unknown>;
            /**
             * @description The kind of object this is; always `voucher`.
             * @constant
             */
            object: "voucher";
        };
        /** @description A product variant (SKU) named by a unit discount. */
        SkuReference: {
            /** @description Voucherify's identifier of the SKU. */
            id: string;
            /** @description Your own identifier of the SKU. */
            source_id?: string;
            /** @description The SKU's name. */
            name: string;
        };
        /** @description The full voucher that was published, as returned by Voucherify's voucher API. */
        Voucher: {
            /** @description Voucherify's unique identifier of the voucher. */
            id: string;
            /** @description The code the customer presents to redeem the voucher. */
            code: string;
            /** @description The name of the campaign the voucher belongs to; null for standalone vouchers. */
            campaign?: string | null;
            /** @description The identifier of the campaign the voucher belongs to; null for standalone vouchers. */
            campaign_id?: string | null;
            /** @description The name of the voucher's category; null when it has none. */
            category?: string | null;
            /** @description The identifier of the voucher's category; null when it has none. */
            category_id?: string | null;
            /** @description The categories the voucher belongs to. */
            categories?: components["schemas"]["Category"][];
            /**
             * @description The kind of voucher, which tells whether `discount`, `loyalty_card` or `gift` is filled.
             * @enum {string}
             */
            type: "DISCOUNT_VOUCHER" | "LOYALTY_CARD" | "GIFT_VOUCHER";
            /** @description What a discount voucher takes off; null for other kinds. */
            discount?: components["schemas"]["Discount"] | null;
            /** @description The stored value of a gift voucher; null for other kinds. */
            gift?: components["schemas"]["Gift"] | null;
            /** @description The points of a loyalty card; null for other kinds. */
            loyalty_card?: components["schemas"]["LoyaltyCard"] | null;
            /**
             * Format: date-time
             * @description From when the voucher can be redeemed; null when valid from creation.
             */
            start_date?: string | null;
            /**
             * Format: date-time
             * @description Until when the voucher can be redeemed; null when it never expires.
             */
            expiration_date?: string | null;
            /** @description A recurring window in which the voucher is valid; null when always valid. */
            validity_timeframe?: {
                /** @description How often the window opens, as an ISO 8601 duration. */
                interval?: string;
                /** @description How long the window stays open, as an ISO 8601 duration. */
                duration?: string;
            } | null;
            /** @description Days of the week (0 = Sunday) on which the voucher is valid; null when every day. */
            validity_day_of_week?: (0 | 1 | 2 | 3 | 4 | 5 | 6)[] | null;
            /** @description Hours of the day in which the voucher is valid; null when at any time. */
            validity_hours?: {
                /** @description Daily windows. */
                daily?: {
                    /** @description When the window opens, as `HH:mm`. */
                    start_time?: string;
                    /** @description When the window closes, as `HH:mm`. */
                    expiration_time?: string;
                    /** @description Days (0 = Sunday) the window applies to. */
                    days_of_week?: (0 | 1 | 2 | 3 | 4 | 5 | 6)[];
                }[];
            } | null;
            /** @description Whether the voucher can be redeemed now. */
            active?: boolean | null;
            /** @description Free text shown with the voucher; null when none. */
            additional_info?: string | null;
            /** @description Custom attributes attached to the voucher. */
            metadata?: Record<string, unknown>;
            assets?: components["schemas"]["VoucherAssets"];
            /** @description True when the voucher is a referral code. */
            is_referral_code?: boolean | null;
            /**
             * Format: date-time
             * @description When the voucher was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the voucher was last changed.
             */
            updated_at?: string | null;
            /** @description The customer who holds the voucher. */
            holder_id?: string | null;
            /** @description The customer who referred the holder, for referral codes. */
            referrer_id?: string | null;
            /** @description How often the voucher may be and has been redeemed, with a link to the list of redemptions. */
            redemption?: {
                /** @description How many redemptions are allowed in all; null means no limit. */
                quantity?: number | null;
                /** @description How many redemptions have been made so far. */
                redeemed_quantity?: number;
                /** @description For a gift card, the credit spent so far, in cents. */
                redeemed_amount?: number;
                /** @description For a loyalty card, the points spent so far. */
                redeemed_points?: number;
                /**
                 * @description Marks this as a summary of a list; always `list`.
                 * @constant
                 */
                object?: "list";
                /** @description The API path that lists the voucher's redemptions. */
                url?: string;
            };
            /** @description How often the voucher was published, with a link to the list of publications. */
            publish?: {
                /**
                 * @description Marks this as a summary of a list; always `list`.
                 * @constant
                 */
                object?: "list";
                /** @description How many times the voucher was published. */
                count?: number;
                /** @description The API path that lists the voucher's publications. */
                url?: string;
            };
            /**
             * @description The kind of object this is; always `voucher`.
             * @constant
             */
            object: "voucher";
        };
        /** @description An image of the voucher's code (QR code or barcode). */
        VoucherAsset: {
            /** @description Unique identifier of the image. */
            id: string;
            /** @description Where the image can be fetched. In notifications this may still be an unfilled template placeholder such as `{{voucher_qr_code.url}}`. */
            url: string;
        };
        /** @description Images that encode the voucher's code. */
        VoucherAssets: {
            qr?: components["schemas"]["VoucherAsset"];
            barcode?: components["schemas"]["VoucherAsset"];
        };
    };
    responses: {
        /** @description Webhook accepted. Any 2xx status acknowledges the delivery; the body is ignored. Answer within 10 seconds, and do slow work after answering. */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Webhook not accepted. Any other status, or no answer within 10 seconds, counts as a failed delivery and Voucherify retries it later, so receivers must treat a repeated `reward_redemption.id` and state as a duplicate. */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Proves that Voucherify sent the request and that the body was not changed on the way: the lowercase hexadecimal HMAC-SHA256 of the raw request body bytes, keyed with the webhook's secret from the project settings. Compute it over the bytes exactly as received (before any JSON parsing) and compare it in constant time; reject the request with 401 when it does not match.
         * @example 5547d4d07430a2d1b77649564c68d80afe591f7cc61ca110bccb442e3205eeec
         */
        VoucherifySignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    customerRewardRedemptionsCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Proves that Voucherify sent the request and that the body was not changed on the way: the lowercase hexadecimal HMAC-SHA256 of the raw request body bytes, keyed with the webhook's secret from the project settings. Compute it over the bytes exactly as received (before any JSON parsing) and compare it in constant time; reject the request with 401 when it does not match.
                 * @example 5547d4d07430a2d1b77649564c68d80afe591f7cc61ca110bccb442e3205eeec
                 */
                "X-Voucherify-Signature": components["parameters"]["VoucherifySignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event body, as JSON. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerRewardRedemptionsEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookRejected"];
        };
    };
    customerRewardRedemptionsPending: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Proves that Voucherify sent the request and that the body was not changed on the way: the lowercase hexadecimal HMAC-SHA256 of the raw request body bytes, keyed with the webhook's secret from the project settings. Compute it over the bytes exactly as received (before any JSON parsing) and compare it in constant time; reject the request with 401 when it does not match.
                 * @example 5547d4d07430a2d1b77649564c68d80afe591f7cc61ca110bccb442e3205eeec
                 */
                "X-Voucherify-Signature": components["parameters"]["VoucherifySignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event body, as JSON. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerRewardRedemptionsEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookRejected"];
        };
    };
    customerRewardRedemptionsCompleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Proves that Voucherify sent the request and that the body was not changed on the way: the lowercase hexadecimal HMAC-SHA256 of the raw request body bytes, keyed with the webhook's secret from the project settings. Compute it over the bytes exactly as received (before any JSON parsing) and compare it in constant time; reject the request with 401 when it does not match.
                 * @example 5547d4d07430a2d1b77649564c68d80afe591f7cc61ca110bccb442e3205eeec
                 */
                "X-Voucherify-Signature": components["parameters"]["VoucherifySignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event body, as JSON. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerRewardRedemptionsCompleted"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookRejected"];
        };
    };
}
export type Address = components["schemas"]["Address"];
export type Balance = components["schemas"]["Balance"];
export type CampaignLoyaltyCard = components["schemas"]["CampaignLoyaltyCard"];
export type CampaignVoucher = components["schemas"]["CampaignVoucher"];
export type Category = components["schemas"]["Category"];
export type CodeConfig = components["schemas"]["CodeConfig"];
export type CustomerLoyalty = components["schemas"]["CustomerLoyalty"];
export type CustomerReferrals = components["schemas"]["CustomerReferrals"];
export type CustomerRewardRedemptionsEvent = components["schemas"]["CustomerRewardRedemptionsEvent"];
export type CustomerSummary = components["schemas"]["CustomerSummary"];
export type Discount = components["schemas"]["Discount"];
export type DiscountAmount = components["schemas"]["DiscountAmount"];
export type DiscountFixed = components["schemas"]["DiscountFixed"];
export type DiscountPercent = components["schemas"]["DiscountPercent"];
export type DiscountUnit = components["schemas"]["DiscountUnit"];
export type DiscountUnitItem = components["schemas"]["DiscountUnitItem"];
export type DiscountUnitMultiple = components["schemas"]["DiscountUnitMultiple"];
export type Gift = components["schemas"]["Gift"];
export type LoyaltyCard = components["schemas"]["LoyaltyCard"];
export type ProductReference = components["schemas"]["ProductReference"];
export type Publication = components["schemas"]["Publication"];
export type PublicationCustomer = components["schemas"]["PublicationCustomer"];
export type RedemptionSource = components["schemas"]["RedemptionSource"];
export type ReferralProgram = components["schemas"]["ReferralProgram"];
export type Reward = components["schemas"]["Reward"];
export type RewardAssignment = components["schemas"]["RewardAssignment"];
export type RewardParameters = components["schemas"]["RewardParameters"];
export type RewardParametersCampaign = components["schemas"]["RewardParametersCampaign"];
export type RewardParametersCoin = components["schemas"]["RewardParametersCoin"];
export type RewardParametersMaterial = components["schemas"]["RewardParametersMaterial"];
export type RewardProduct = components["schemas"]["RewardProduct"];
export type RewardRedemption = components["schemas"]["RewardRedemption"];
export type RewardSku = components["schemas"]["RewardSku"];
export type SimpleCampaign = components["schemas"]["SimpleCampaign"];
export type SimpleCustomer = components["schemas"]["SimpleCustomer"];
export type SimpleVoucher = components["schemas"]["SimpleVoucher"];
export type SkuReference = components["schemas"]["SkuReference"];
export type Voucher = components["schemas"]["Voucher"];
export type VoucherAsset = components["schemas"]["VoucherAsset"];
export type VoucherAssets = components["schemas"]["VoucherAssets"];
/** The body of `customer.reward_redemptions.created`: Reward redemption created. */
export type CustomerRewardRedemptionsCreated = NonNullable<NonNullable<webhooks["customer.reward_redemptions.created"]["post"]>["requestBody"]>["content"]["application/json"];
/** The body of `customer.reward_redemptions.pending`: Reward redemption pending. */
export type CustomerRewardRedemptionsPending = NonNullable<NonNullable<webhooks["customer.reward_redemptions.pending"]["post"]>["requestBody"]>["content"]["application/json"];
/** The body of `customer.reward_redemptions.completed`: Reward redemption completed. */
export type CustomerRewardRedemptionsCompleted = NonNullable<NonNullable<webhooks["customer.reward_redemptions.completed"]["post"]>["requestBody"]>["content"]["application/json"];
/** Every event type, mapped to the type of its body. */
export interface WebhookPayloads {
    "customer.reward_redemptions.created": CustomerRewardRedemptionsCreated;
    "customer.reward_redemptions.pending": CustomerRewardRedemptionsPending;
    "customer.reward_redemptions.completed": CustomerRewardRedemptionsCompleted;
}
/** The event types this spec documents a JSON body for. */
export type EventType = keyof WebhookPayloads;
/** The spec's signature scheme (x-webhook-signature) when every signed event shares one, as its literal value; else undefined. */
export type DeclaredSignatureScheme = {
    "secretFormat": "text";
    "prefix": "";
    "signed": "body";
    "preset": "voucherify";
    "header": "X-Voucherify-Signature";
    "algorithm": "sha256";
    "encoding": "hex";
};
